package dev.bosun.amazon.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Bosun's own CSV templates for data Amazon does not export (buyer messages, reviews, feedback), shipped in
 * {@code import-templates/} and offered for download on the Imports page.
 */
@Controller
class ImportTemplates {

    private final List<String> names;

    ImportTemplates() throws IOException {
        Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:import-templates/*.csv");
        names = Arrays.stream(found)
                .map(Resource::getFilename)
                .filter(n -> n != null)
                .sorted()
                .toList();
    }

    List<String> names() {
        return names;
    }

    @GetMapping("/import-templates/{name:[a-z0-9-]+\\.csv}")
    ResponseEntity<byte[]> download(@PathVariable String name) throws IOException {
        if (!names.contains(name)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        byte[] content =
                new org.springframework.core.io.ClassPathResource("import-templates/" + name).getContentAsByteArray();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
                .body(content);
    }
}
