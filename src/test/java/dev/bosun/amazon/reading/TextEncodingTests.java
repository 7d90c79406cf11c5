package dev.bosun.amazon.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextEncodingTests {

    private static TextEncoding detect(byte[] bytes) {
        return TextEncoding.detect(bytes, bytes.length);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void recognisesByteOrderMarks() {
        byte[] text = "sku\tprice\n".getBytes(StandardCharsets.UTF_8);
        assertThat(detect(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text)))
                .isEqualTo(new TextEncoding(StandardCharsets.UTF_8, 3));
        assertThat(detect(concat(
                        new byte[] {(byte) 0xFF, (byte) 0xFE}, "sku\tprice\n".getBytes(StandardCharsets.UTF_16LE))))
                .isEqualTo(new TextEncoding(StandardCharsets.UTF_16LE, 2));
        assertThat(detect(concat(
                        new byte[] {(byte) 0xFE, (byte) 0xFF}, "sku\tprice\n".getBytes(StandardCharsets.UTF_16BE))))
                .isEqualTo(new TextEncoding(StandardCharsets.UTF_16BE, 2));
    }

    @Test
    void recognisesUtf16WithoutMark() {
        assertThat(detect("amazon-order-id\tsku\n111\tA\n".getBytes(StandardCharsets.UTF_16LE))
                        .charset())
                .isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(detect("amazon-order-id\tsku\n111\tA\n".getBytes(StandardCharsets.UTF_16BE))
                        .charset())
                .isEqualTo(StandardCharsets.UTF_16BE);
    }

    @Test
    void tellsUtf8FromWindows1252() {
        assertThat(detect("Größe\tPreis\nTopf\t12,99 €\n".getBytes(StandardCharsets.UTF_8))
                        .charset())
                .isEqualTo(StandardCharsets.UTF_8);
        assertThat(detect("Größe\tPreis\nTopf\t12,99 €\n".getBytes(TextEncoding.WINDOWS_1252))
                        .charset())
                .isEqualTo(TextEncoding.WINDOWS_1252);
    }

    @Test
    void recognisesJapaneseShiftJis() {
        Charset sjis = TextEncoding.WINDOWS_31J;
        assertThat(detect("注文番号\t商品名\n250-1234567-1234567\tフライパン 26cm\n".getBytes(sjis))
                        .charset())
                .isEqualTo(sjis);
    }

    @Test
    void plainAsciiIsUtf8() {
        assertThat(detect("sku\tasin\n".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(new TextEncoding(StandardCharsets.UTF_8, 0));
    }
}
