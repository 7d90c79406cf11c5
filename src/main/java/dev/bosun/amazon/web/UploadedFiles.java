package dev.bosun.amazon.web;

import dev.bosun.amazon.ImportUploads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/** The files of a multipart upload (page or API), without the empty parts browsers send for unused inputs. */
final class UploadedFiles {

    private UploadedFiles() {}

    static List<ImportUploads.UploadedFile> of(List<MultipartFile> files) {
        List<ImportUploads.UploadedFile> given = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            String name = file.getOriginalFilename();
            if (file.isEmpty() && (name == null || name.isBlank())) {
                continue;
            }
            try {
                given.add(new ImportUploads.UploadedFile(name, file.getInputStream()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return given;
    }
}
