package org.atelier.web.pages;

import java.util.Set;
import org.springframework.context.MessageSource;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/** Gives every template {@code #fmt}: {@link Formats} in the page's language. */
class KitDialect extends AbstractDialect implements IExpressionObjectDialect {

    static final String FORMATS = "fmt";

    private final MessageSource messages;

    KitDialect(MessageSource messages) {
        super("atelier-kit");
        this.messages = messages;
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(FORMATS);
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return FORMATS.equals(expressionObjectName) ? new Formats(context.getLocale(), messages) : null;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }
}
