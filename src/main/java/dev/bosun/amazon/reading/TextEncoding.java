package dev.bosun.amazon.reading;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Guesses the encoding of a report from its first bytes, as Amazon's files need: a byte order mark (UTF-8,
 * UTF-16), UTF-16 without mark (zero bytes every other position), valid UTF-8, Shift_JIS (Windows-31J) when the
 * text decodes to Japanese, and else Windows-1252 (the encoding of EU and NA flat files).
 *
 * @param bomLength bytes of byte order mark to skip
 */
public record TextEncoding(Charset charset, int bomLength) {

    public static final Charset WINDOWS_31J = Charset.forName("windows-31j");
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    public static TextEncoding detect(byte[] head, int length) {
        if (length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
            return new TextEncoding(StandardCharsets.UTF_8, 3);
        }
        if (length >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
            return new TextEncoding(StandardCharsets.UTF_16LE, 2);
        }
        if (length >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
            return new TextEncoding(StandardCharsets.UTF_16BE, 2);
        }
        int evenZeros = 0;
        int oddZeros = 0;
        int sample = Math.min(length, 4096);
        for (int i = 0; i < sample; i++) {
            if (head[i] == 0) {
                if (i % 2 == 0) {
                    evenZeros++;
                } else {
                    oddZeros++;
                }
            }
        }
        if (sample >= 4 && oddZeros > sample / 4 && evenZeros < sample / 20) {
            return new TextEncoding(StandardCharsets.UTF_16LE, 0);
        }
        if (sample >= 4 && evenZeros > sample / 4 && oddZeros < sample / 20) {
            return new TextEncoding(StandardCharsets.UTF_16BE, 0);
        }
        if (decodes(head, length, StandardCharsets.UTF_8)) {
            return new TextEncoding(StandardCharsets.UTF_8, 0);
        }
        CharBuffer japanese = decode(head, length, WINDOWS_31J);
        if (japanese != null && japaneseShare(japanese) > 0.05) {
            return new TextEncoding(WINDOWS_31J, 0);
        }
        return new TextEncoding(WINDOWS_1252, 0);
    }

    private static boolean decodes(byte[] head, int length, Charset charset) {
        return decode(head, length, charset) != null;
    }

    /** Decodes strictly, forgiving a character cut off at the end of the sample. */
    private static CharBuffer decode(byte[] head, int length, Charset charset) {
        for (int cut = 0; cut <= 3 && cut < length; cut++) {
            CharsetDecoder decoder = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            try {
                return decoder.decode(ByteBuffer.wrap(head, 0, length - cut));
            } catch (CharacterCodingException e) {
                if (length < 4096) {
                    return null;
                }
            }
        }
        return null;
    }

    private static double japaneseShare(CharBuffer text) {
        int japanese = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                if (script == Character.UnicodeScript.HIRAGANA
                        || script == Character.UnicodeScript.KATAKANA
                        || script == Character.UnicodeScript.HAN) {
                    japanese++;
                }
            }
        }
        return letters == 0 ? 0 : japanese / (double) letters;
    }
}
