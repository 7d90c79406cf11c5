package dev.bosun.inventory.forecast;

import java.nio.file.Path;

/** A demand file that cannot be read: where (file, line, column), what was expected and what was found. */
public class DemandFileException extends RuntimeException {

    public DemandFileException(Path file, int line, int column, String expected, String found) {
        super(file + ", line " + line + ", column " + column + ": expected " + expected + ", found " + found);
    }
}
