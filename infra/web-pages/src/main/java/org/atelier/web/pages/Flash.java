package org.atelier.web.pages;

import java.util.List;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The note shown once after a form's redirect ("The purchase is recorded."), at the top of the next page, by the kit's
 * layout. A controller calls {@link #done}; the page shows the message in the reader's language.
 */
public final class Flash {

    /** The flash attribute the layout reads. */
    public static final String ATTRIBUTE = "kitFlash";

    /** @param messageKey a key of the service's bundles; {@code arguments} fill its {0}, {1}… */
    public record Message(String messageKey, List<Object> arguments) {
        public Object[] args() {
            return arguments.toArray();
        }
    }

    private Flash() {
    }

    public static void done(RedirectAttributes redirect, String messageKey, Object... arguments) {
        redirect.addFlashAttribute(ATTRIBUTE, new Message(messageKey, List.of(arguments)));
    }
}
