package org.atelier.web.pages;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.atelier.security.SecurityProperties;
import org.atelier.security.UiProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The page kit, for a service that depends on {@code web-pages}: the {@code kit/*} templates, {@code /kit/*} assets,
 * the {@code #fmt} formatting object, the header's {@code @kitPage} bean, the kit's labels added to the service's own
 * bundles, and the generic start page for a service without pages of its own.
 */
@AutoConfiguration(beforeName = {"org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration",
        "org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration"})
public class WebPagesAutoConfiguration {

    /** Where the kit's own labels live, next to the service's {@code spring.messages.basename}. */
    static final String KIT_BUNDLE = "kit/messages";

    /**
     * The service's bundles (Boot's {@code spring.messages.basename}, default {@code messages}) followed by the kit's,
     * so a service may reword a kit label. Boot's own message source only looks at the service's bundles.
     */
    @Bean(name = "messageSource")
    MessageSource messageSource(Environment environment) {
        List<String> basenames = new ArrayList<>(Arrays.stream(StringUtils.commaDelimitedListToStringArray(
                environment.getProperty("spring.messages.basename", "messages"))).map(String::strip).toList());
        basenames.add(KIT_BUNDLE);
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(basenames.toArray(String[]::new));
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        // English is the bundles without a suffix, not the machine's language.
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @Bean
    KitDialect atelierKitDialect(MessageSource messageSource) {
        return new KitDialect(messageSource);
    }

    @Bean(name = "kitPage")
    KitPage kitPage(UiProperties ui, SecurityProperties security) {
        return new KitPage(ui.title(), security.issuer() + "/");
    }

    @Bean
    @ConditionalOnProperty(prefix = "atelier.ui", name = "generic-home", havingValue = "true", matchIfMissing = true)
    ServiceHomePage serviceHome(UiProperties ui) {
        return new ServiceHomePage(ui);
    }
}
