package dev.bosun.amazon;

import java.time.Instant;

/** Files uploaded together and imported one after the other, with the progress the Imports page shows. */
public record ImportUpload(
        long id,
        String status,
        int filesTotal,
        int filesDone,
        long bytesTotal,
        long bytesDone,
        String currentFile,
        String message,
        String createdBy,
        Instant createdAt,
        Instant finishedAt) {

    /** Percent done, 0 to 100, from the bytes read. */
    public int percent() {
        if ("DONE".equals(status) || "FAILED".equals(status)) {
            return 100;
        }
        return bytesTotal <= 0 ? 0 : (int) Math.min(99, bytesDone * 100 / bytesTotal);
    }

    public boolean finished() {
        return "DONE".equals(status) || "FAILED".equals(status);
    }
}
