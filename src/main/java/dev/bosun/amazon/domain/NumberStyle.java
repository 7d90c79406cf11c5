package dev.bosun.amazon.domain;

/**
 * How a file writes numbers whose form alone is ambiguous ({@code 1,234} or {@code 1.234}): with a decimal point
 * (US, UK, JP, and English-language exports) or a decimal comma (DE, FR, IT, ES and their files).
 */
public enum NumberStyle {
    DECIMAL_POINT,
    DECIMAL_COMMA
}
