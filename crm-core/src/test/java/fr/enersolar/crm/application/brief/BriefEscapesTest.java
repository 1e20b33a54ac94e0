package fr.enersolar.crm.application.brief;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonString;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BriefEscapesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "</script><script>alert(1)</script>",
                "<!-- <script>",
                "\"; alert(1); //",
                "'; alert(1); //",
                "back\\slash\\\"quote",
                "line\u2028separator\u2029paragraph",
                "nul\0 and \u0001 control and \u007f delete",
                "tab\tnew\nline\rcarriage",
                "accents éàç et emoji \uD83D\uDE00",
                "]]> & &amp; ${x} `template`",
                ""
            })
    void aJavaScriptLiteralIsPrintableAsciiWithoutMarkupAndReadsBackTheSame(String hostile) {
        String literal = BriefEscapes.jsString(hostile);

        assertThat(literal).startsWith("\"").endsWith("\"");
        assertThat(literal.chars()).allMatch(c -> c >= 0x20 && c <= 0x7E);
        assertThat(literal).doesNotContain("<", ">", "&", "'");
        assertThat(literal.substring(1, literal.length() - 1)).doesNotContainPattern("(?<!\\\\)\"");
        // Every escape used is also JSON's, so a JSON reader decodes it as JavaScript would.
        JsonString read = (JsonString) Json.createReader(new StringReader(literal)).readValue();
        assertThat(read.getString()).isEqualTo(hostile);
    }

    @Test
    void nullIsTheEmptyLiteral() {
        assertThat(BriefEscapes.jsString(null)).isEqualTo("\"\"");
    }

    @Test
    void htmlEscapesTheFiveSpecialCharacters() {
        assertThat(BriefEscapes.html("<a href=\"x\" title='y'>&</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
    }

    @Test
    void htmlCannotCloseAComment() {
        assertThat(BriefEscapes.html("--> <!-- --!>")).doesNotContain("-->", "<!--", "--!>");
    }

    @Test
    void htmlLinesTurnsEveryKindOfLineBreakIntoBrAfterEscaping() {
        assertThat(BriefEscapes.htmlLines("a<b>\r\nc\rd\ne"))
                .isEqualTo("a&lt;b&gt;<br>\nc<br>\nd<br>\ne");
    }
}
