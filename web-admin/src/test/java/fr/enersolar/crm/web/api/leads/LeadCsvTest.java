package fr.enersolar.crm.web.api.leads;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.application.leads.LeadRow;
import java.io.StringWriter;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LeadCsvTest {

    @Test
    void formulasAreDefusedInEveryCell() {
        assertThat(LeadCsv.cell("=1+1")).isEqualTo("\"'=1+1\"");
        assertThat(LeadCsv.cell("+33612345678")).isEqualTo("\"'+33612345678\"");
        assertThat(LeadCsv.cell("-2")).isEqualTo("\"'-2\"");
        assertThat(LeadCsv.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(LeadCsv.cell("\tx")).isEqualTo("\"'\tx\"");
        assertThat(LeadCsv.cell("Dupont")).isEqualTo("\"Dupont\"");
        assertThat(LeadCsv.cell("a=b")).isEqualTo("\"a=b\"");
    }

    @Test
    void quotesAreDoubledAndNullIsEmpty() {
        assertThat(LeadCsv.cell("a \"b\"; c")).isEqualTo("\"a \"\"b\"\"; c\"");
        assertThat(LeadCsv.cell(null)).isEqualTo("\"\"");
    }

    @Test
    void theSeedsTwentyNineColumnsThenTheId() throws Exception {
        StringWriter out = new StringWriter();
        LeadCsv.header(out);

        String header = out.toString();
        assertThat(header).startsWith("\uFEFF\"Téléphone\";\"Nom\";").endsWith("\"ID\"\r\n");
        assertThat(LeadCsv.COLUMNS).hasSize(30);
    }

    @Test
    void aRowFollowsTheColumnsWithParisTimes() throws Exception {
        Map<String, Object> fields = new HashMap<>();
        fields.put("id", "abc");
        fields.put("phone", "0612345678");
        fields.put("created_at", Instant.parse("2026-07-01T10:00:00Z"));
        StringWriter out = new StringWriter();

        LeadCsv.row(out, new LeadRow(fields));

        String line = out.toString();
        assertThat(line)
                .startsWith("\"0612345678\";\"\";")
                .endsWith("\"2026-07-01 12:00:00\";\"abc\"\r\n");
        assertThat(line.split(";", -1)).hasSize(30);
    }
}
