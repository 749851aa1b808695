package org.atelier.identity.secondfactor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QrCodeSvgTest {

    private static final Pattern SIZE = Pattern.compile("viewBox=\"0 0 (\\d+) \\1\"");
    private static final Pattern MODULE = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z");
    private static final String URI = "otpauth://totp/Atelier:olga.sales?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Atelier"
            + "&algorithm=SHA1&digits=6&period=30";

    @Test
    void theDrawnCodeReadsBackAsTheKeyUri() throws Exception {
        String svg = QrCodeSvg.of(URI);

        assertThat(decode(svg)).isEqualTo(URI);
    }

    @Test
    void aDifferentKeyDrawsADifferentCode() {
        assertThat(QrCodeSvg.of(URI)).isNotEqualTo(QrCodeSvg.of(URI.replace("JBSWY3DP", "KRSXG5CT")));
    }

    /** Paints the SVG's squares into pixels, 4 per module, and reads them with ZXing's decoder, as a phone's camera would. */
    private static String decode(String svg) throws Exception {
        Matcher size = SIZE.matcher(svg);
        assertThat(size.find()).isTrue();
        int modules = Integer.parseInt(size.group(1));
        int scale = 4;
        int width = modules * scale;
        int[] pixels = new int[width * width];
        Arrays.fill(pixels, 0xFFFFFFFF);
        Matcher module = MODULE.matcher(svg);
        while (module.find()) {
            int x = Integer.parseInt(module.group(1));
            int y = Integer.parseInt(module.group(2));
            for (int dy = 0; dy < scale; dy++) {
                for (int dx = 0; dx < scale; dx++) {
                    pixels[(y * scale + dy) * width + x * scale + dx] = 0xFF000000;
                }
            }
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, width, pixels)));
        return new QRCodeReader().decode(bitmap).getText();
    }
}
