package org.atelier.loyalty.common.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.atelier.loyalty.common.RuleViolation;

/**
 * Reads every field of a form before any refusal is told, so a form with two mistakes shows both, each at its field.
 * The domain still checks its rules when it is asked; what is checked here is only what a form can see by itself
 * (a field left empty, a number that is not one), with the domain's own codes so the messages are the same.
 *
 * <pre>{@code
 * FormCheck check = new FormCheck();
 * String name = check.read(() -> FormInput.text("name", typed, 200));
 * check.require(name, "name", "nameRequired", "A customer needs a name");
 * check.done();   // throws FormRefusal with every reason found
 * }</pre>
 */
public final class FormCheck {

    private final List<RuleViolation> found = new ArrayList<>();

    /** The field as read, or null when it could not be read (the reason is kept). */
    public <T> T read(Supplier<T> reading) {
        try {
            return reading.get();
        } catch (RuleViolation violation) {
            found.add(violation);
            return null;
        }
    }

    /** Notes a field left empty; returns whether it was filled in. */
    public boolean require(Object value, String field, String code, String message) {
        boolean filled = value != null && !(value instanceof String text && text.isBlank())
                && !(value instanceof List<?> list && list.isEmpty());
        if (!filled && !named(field)) {
            found.add(new RuleViolation(field, code, message));
        }
        return filled;
    }

    /** Notes a reason the form itself can see. */
    public void refuse(String field, String code, String message, Object... arguments) {
        found.add(new RuleViolation(field, code, message, arguments));
    }

    /** Whether a reason about this field is already noted (a value that could not be read is not also "empty"). */
    public boolean named(String field) {
        return found.stream().anyMatch(violation -> field.equals(violation.field()));
    }

    public void done() {
        if (!found.isEmpty()) {
            throw new FormRefusal(found);
        }
    }
}
