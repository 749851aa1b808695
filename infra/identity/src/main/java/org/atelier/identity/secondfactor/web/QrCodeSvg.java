package org.atelier.identity.secondfactor.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * A QR code as inline SVG, one square per dark module, so the enrolment page needs no image endpoint and no
 * script: the authenticator app scans the key URI from the screen. ZXing computes the code; this only draws it.
 */
final class QrCodeSvg {

    /** Light modules around the code, as the QR specification asks, so that readers find its edges. */
    static final int QUIET_ZONE = 4;

    private QrCodeSvg() {
    }

    /** The picture alone, hidden from screen readers: the page names it and shows the key as text beside it. */
    static String of(String text) {
        BitMatrix modules = encode(text);
        int size = modules.getWidth() + 2 * QUIET_ZONE;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < modules.getHeight(); y++) {
            for (int x = 0; x < modules.getWidth(); x++) {
                if (modules.get(x, y)) {
                    path.append('M').append(x + QUIET_ZONE).append(',').append(y + QUIET_ZONE).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size + "\" width=\"220\" height=\"220\""
                + " aria-hidden=\"true\" focusable=\"false\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    static BitMatrix encode(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        } catch (WriterException tooLong) {
            throw new IllegalArgumentException("Cannot draw this text as a QR code", tooLong);
        }
    }
}
