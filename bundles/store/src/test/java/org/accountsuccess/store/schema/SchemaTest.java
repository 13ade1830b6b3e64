package org.accountsuccess.store.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SchemaTest {

    @Test
    void scriptsAreNumberedFromOneWithoutGaps() {
        for (int i = 0; i < Schema.SCRIPTS.size(); i++) {
            assertThat(Schema.version(Schema.SCRIPTS.get(i), i + 1)).isEqualTo(i + 1);
        }
        assertThatThrownBy(() -> Schema.version("V3__x.sql", 2)).hasMessageContaining("should be named V2__<words>.sql");
    }

    @Test
    void aScriptIsSplitIntoStatementsAtSemicolonsThatEndALine() {
        assertThat(Schema.statements("-- a comment\nCREATE TABLE t (\n  a INT\n);\n\nCREATE INDEX i ON t (a);\n"))
                .containsExactly("CREATE TABLE t (\na INT\n)", "CREATE INDEX i ON t (a)");
        assertThatThrownBy(() -> Schema.statements("CREATE TABLE t (a INT)")).hasMessageContaining("does not end with ';'");
    }
}
