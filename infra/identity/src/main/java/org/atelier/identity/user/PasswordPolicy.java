package org.atelier.identity.user;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.atelier.identity.RuleViolation;

/**
 * What a password must be (OWASP ASVS 5.0 V6.2, NIST SP 800-63B): long enough, not too long to hash, and not
 * one that guessers try first. Length is what makes a password strong, so there are no composition rules
 * (no "one digit, one capital"); instead these are refused:
 * <ul>
 *   <li>fewer than {@value #MIN_LENGTH} or more than {@value #MAX_LENGTH} characters (code points, so a Cyrillic
 *       letter counts as one; passwords are hashed with Argon2id, which has no byte limit);</li>
 *   <li>one of the 10 000 most common passwords ({@code passwords/10k-most-common.txt}), also with digits or
 *       symbols around it ({@code password1234}, {@code iloveyou!!});</li>
 *   <li>trivial ones: fewer than {@value #MIN_DISTINCT} different characters ({@code aaaaaaaaaaaa}), or a run along
 *       the alphabet, the digits or a keyboard row ({@code 123456789012}, {@code qwertyuiop12});</li>
 *   <li>ones built on the context: the username, the person's name or {@value #PRODUCT}, with little besides.</li>
 * </ul>
 * Comparisons ignore case and Unicode compatibility forms (NFKC), so {@code PASSWORD1234} is refused too.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    static final int MIN_DISTINCT = 5;
    /** What must remain of a password after the context words are taken out. */
    static final int MIN_BEYOND_CONTEXT = 8;
    private static final int MIN_CONTEXT_WORD = 3;
    private static final String PRODUCT = "atelier";
    private static final String COMMON_LIST = "/passwords/10k-most-common.txt";

    /** Sequences guessers walk along; each is also tried backwards and across its end. */
    private static final List<String> RUNS = List.of(
            "0123456789", "abcdefghijklmnopqrstuvwxyz", "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
            "qwertyuiop", "asdfghjkl", "zxcvbnm", "qwertzuiop", "azertyuiop", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
            "qazwsxedcrfvtgbyhnujmikolp", "йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю");

    private PasswordPolicy() {
    }

    /**
     * Checks a password nobody in particular will use, such as one the system generates.
     *
     * @param field the form field the password was typed into, for the message
     */
    public static void check(String field, String password) {
        check(field, password, List.of());
    }

    /**
     * @param field        the form field the password was typed into, for the message
     * @param contextWords words that say whose password it is: the username, the person's name
     */
    public static void check(String field, String password, List<String> contextWords) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (password == null || password.isBlank() || length < MIN_LENGTH) {
            throw new RuleViolation(field, "password.tooShort", "A password has at least {0} characters", MIN_LENGTH);
        }
        if (length > MAX_LENGTH) {
            throw new RuleViolation(field, "password.tooLong", "A password has at most {0} characters", MAX_LENGTH);
        }
        String folded = fold(password);
        if (isTrivial(folded)) {
            throw new RuleViolation(field, "password.trivial",
                    "This password is too easy to guess: a repeated character or a run along the keyboard");
        }
        if (isCommon(folded)) {
            throw new RuleViolation(field, "password.common",
                    "This password is among the most common ones; a few unrelated words are better");
        }
        if (isBuiltOnContext(folded, contextWords)) {
            throw new RuleViolation(field, "password.context",
                    "A password must not be built on your username, your name or the word Atelier");
        }
    }

    private static boolean isTrivial(String folded) {
        return folded.codePoints().distinct().count() < MIN_DISTINCT || isRun(folded) || isRun(core(folded));
    }

    private static boolean isCommon(String folded) {
        Set<String> common = CommonPasswords.LIST;
        return common.contains(folded) || common.contains(core(folded)) || common.contains(folded.replaceAll("\\s+", ""));
    }

    private static boolean isBuiltOnContext(String folded, List<String> contextWords) {
        List<String> words = contextWords(contextWords);
        String remainder = folded;
        for (String word : words) {
            remainder = remainder.replace(word, "");
        }
        if (remainder.equals(folded)) {
            return false;
        }
        return remainder.codePointCount(0, remainder.length()) < MIN_BEYOND_CONTEXT || isTrivial(remainder) || isCommon(remainder);
    }

    /** The product's name, the given words and each of their parts, longest first so that parts do not split them. */
    private static List<String> contextWords(List<String> given) {
        List<String> words = new ArrayList<>();
        words.add(PRODUCT);
        for (String text : given) {
            if (text == null) {
                continue;
            }
            String folded = fold(text).strip();
            words.add(folded);
            words.add(folded.replaceAll("[\\s._-]+", ""));
            words.addAll(List.of(folded.split("[\\s._-]+")));
        }
        return words.stream().filter(word -> word.codePointCount(0, word.length()) >= MIN_CONTEXT_WORD).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    private static boolean isRun(String text) {
        if (text.codePointCount(0, text.length()) < 3) {
            return false;
        }
        for (String run : RUNS) {
            String around = run.repeat(3);
            if (around.contains(text) || new StringBuilder(around).reverse().toString().contains(text)) {
                return true;
            }
        }
        return false;
    }

    /** The password without the digits, symbols and blanks people put before and after a word. */
    private static String core(String folded) {
        int start = 0;
        int end = folded.length();
        while (start < end && !Character.isLetter(folded.codePointAt(start))) {
            start += Character.charCount(folded.codePointAt(start));
        }
        while (end > start && !Character.isLetter(folded.codePointBefore(end))) {
            end -= Character.charCount(folded.codePointBefore(end));
        }
        return folded.substring(start, end);
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** Loaded once, on first use: SecLists' 10k-most-common.txt (MIT), see the NOTICE next to it. */
    private static final class CommonPasswords {

        static final Set<String> LIST = load();

        private static Set<String> load() {
            try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_LIST)) {
                if (in == null) {
                    throw new IllegalStateException("The list of common passwords is missing: " + COMMON_LIST);
                }
                return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                        .map(String::strip).filter(line -> !line.isEmpty()).map(PasswordPolicy::fold)
                        .collect(Collectors.toUnmodifiableSet());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
