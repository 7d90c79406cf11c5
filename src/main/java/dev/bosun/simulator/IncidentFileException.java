package dev.bosun.simulator;

/** An incidents file that cannot be read: the file, the line and entry, and what was expected there. */
public final class IncidentFileException extends IllegalArgumentException {

    private final String file;
    private final int line;

    IncidentFileException(String file, int line, String where, String problem) {
        super(file + (line > 0 ? ", line " + line : "") + (where.isEmpty() ? "" : " (" + where + ")") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    /** The file's name as given. */
    public String file() {
        return file;
    }

    /** The line of the problem, from 1; 0 when it concerns the whole file. */
    public int line() {
        return line;
    }
}
