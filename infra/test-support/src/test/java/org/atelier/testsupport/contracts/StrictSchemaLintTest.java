package org.atelier.testsupport.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class StrictSchemaLintTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HEAD = "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",";

    @Test
    void aTypeSpecificKeywordUnderThenNeedsItsTypeThereAsAjvDemands() {
        String schema = HEAD + "\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"array\"}},"
                + "\"if\":{\"properties\":{\"a\":{\"const\":[]}}},\"then\":{\"properties\":{\"a\":{\"minItems\":1}}}}";

        assertThat(StrictSchemaLint.violations(JSON.readTree(schema)))
                .containsExactly("/then/properties/a: missing type \"array\" for keyword \"minItems\"");
    }

    @Test
    void theTypeOfTheSameValueIsInheritedThroughAllOfAndIf() {
        String schema = HEAD + "\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"}},\"allOf\":[{\"required\":[\"a\"]}]}";

        assertThat(StrictSchemaLint.violations(JSON.readTree(schema))).isEmpty();
    }

    @Test
    void unknownKeywordsUnionTypesUndefinedRequiredPropertiesAndAMissingDialectAreRefused() {
        String schema = "{\"type\":[\"string\",\"integer\"],\"maxLenght\":3}";
        String object = HEAD + "\"type\":\"object\",\"required\":[\"ghost\"]}";

        assertThat(StrictSchemaLint.violations(JSON.readTree(schema))).hasSize(3);
        assertThat(StrictSchemaLint.violations(JSON.readTree(object))).singleElement().asString().contains("ghost");
    }

    @Test
    void aNullableStringIsAllowed() {
        assertThat(StrictSchemaLint.violations(JSON.readTree(HEAD + "\"type\":[\"string\",\"null\"],\"maxLength\":3}"))).isEmpty();
    }
}
