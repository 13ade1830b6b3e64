package org.accountsuccess.store.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.accountsuccess.database.schema.SchemaMigration;
import org.junit.jupiter.api.Test;

class SchemaTest {

    @Test
    void scriptsAreNumberedFromOneWithoutGaps() {
        for (int i = 0; i < Schema.SCRIPTS.size(); i++) {
            assertThat(SchemaMigration.version(Schema.SCRIPTS.get(i), i + 1)).isEqualTo(i + 1);
        }
    }
}
