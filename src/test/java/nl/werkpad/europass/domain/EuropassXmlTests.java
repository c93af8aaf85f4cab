package nl.werkpad.europass.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkpad.europass.EuropassCv;
import nl.werkpad.passport.Passport;
import nl.werkpad.passport.PassportInput;
import nl.werkpad.passport.SkillSource;
import nl.werkpad.taxonomy.OccupationRef;
import nl.werkpad.taxonomy.SkillRef;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.junit.jupiter.api.Test;

/** Europass CV XML in and out, the PDF that carries it, and the XML Werkpad refuses to read. */
public class EuropassXmlTests {

    public static byte[] resource(String name) throws Exception {
        try (var in = EuropassXmlTests.class.getResourceAsStream("/formats/europass/" + name)) {
            return in.readAllBytes();
        }
    }

    /** A PDF as Europass makes it: a page, and the CV's XML embedded as attachment.xml. */
    public static byte[] europassPdf(byte[] xml) throws Exception {
        try (PDDocument pdf = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pdf.addPage(new PDPage());
            PDEmbeddedFile file = new PDEmbeddedFile(pdf, new ByteArrayInputStream(xml));
            file.setSubtype("text/xml");
            file.setSize(xml.length);
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile("attachment.xml");
            spec.setEmbeddedFile(file);
            PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(Map.of("attachment.xml", spec));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(pdf.getDocumentCatalog());
            names.setEmbeddedFiles(tree);
            pdf.getDocumentCatalog().setNames(names);
            pdf.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void readsWorkEducationLanguagesAndSkillTexts() throws Exception {
        EuropassCv cv = EuropassXml.read(resource("cv.xml"));
        assertThat(cv.firstName()).isEqualTo("Fatma");
        assertThat(cv.surname()).isEqualTo("de Vries-Yılmaz");
        assertThat(cv.work()).hasSize(3);
        assertThat(cv.work().getFirst())
                .isEqualTo(new EuropassCv.Work(
                        "Lasser",
                        "Scheepswerf Noord & Zn",
                        2019,
                        null,
                        true,
                        "MIG/MAG-lassen van stalen constructies\ntechnische tekeningen lezen"));
        assertThat(cv.education())
                .containsExactly(
                        new EuropassCv.Education("MBO Metaal en techniek, niveau 3", "Horizon College", 2010, 2013));
        assertThat(cv.languages())
                .containsExactly(
                        new EuropassCv.Language("tr", "Turks", true, List.of()),
                        new EuropassCv.Language("nl", "Nederlands", false, List.of("C1", "B2", "C1", "B2", "B2")),
                        new EuropassCv.Language("en", "Engels", false, List.of("B1", "B1", "A2", "A2", "A2")));
        assertThat(cv.skillTexts()).containsExactly("Lassen, snijden en slijpen van staal.", "Microsoft Excel");
    }

    @Test
    void cefrLevelsBecomeThePassportsLevelByTheirMedian() {
        assertThat(Cefr.passportLevel(List.of("C1", "B2", "C1", "B2", "B2"), false))
                .isEqualTo(4);
        assertThat(Cefr.passportLevel(List.of("B1", "B1", "A2", "A2", "A2"), false))
                .isEqualTo(2);
        assertThat(Cefr.passportLevel(List.of(), true)).isEqualTo(5);
        assertThat(Cefr.passportLevel(List.of(), false)).isNull();
    }

    @Test
    void readsTheXmlAEuropassPdfCarries() throws Exception {
        byte[] pdf = europassPdf(resource("cv.xml"));
        assertThat(EuropassPdf.isPdf(pdf)).isTrue();
        assertThat(EuropassXml.read(EuropassPdf.attachedXml(pdf)).work()).hasSize(3);
    }

    @Test
    void aPdfWithoutEuropassXmlIsRefused() throws Exception {
        try (PDDocument plain = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            plain.addPage(new PDPage());
            plain.save(out);
            assertThatThrownBy(() -> EuropassPdf.attachedXml(out.toByteArray()))
                    .isInstanceOfSatisfying(
                            EuropassXml.Refused.class, r -> assertThat(r.rule()).isEqualTo("europass.pdf-without-xml"));
        }
        assertThatThrownBy(() -> EuropassPdf.attachedXml("%PDF-1.7 kapot".getBytes()))
                .isInstanceOfSatisfying(
                        EuropassXml.Refused.class, r -> assertThat(r.rule()).isEqualTo("europass.pdf-invalid"));
    }

    @Test
    void xmlWithAnExternalEntityOrEntityExpansionIsRefusedUnread() throws Exception {
        assertThatThrownBy(() -> EuropassXml.read(resource("xxe.xml")))
                .isInstanceOfSatisfying(
                        EuropassXml.Refused.class, r -> assertThat(r.rule()).isEqualTo("europass.doctype"));
        assertThatThrownBy(() -> EuropassXml.read(resource("billion-laughs.xml")))
                .isInstanceOfSatisfying(
                        EuropassXml.Refused.class, r -> assertThat(r.rule()).isEqualTo("europass.doctype"));
        assertThatThrownBy(() -> EuropassXml.read(new byte[EuropassXml.MAX_BYTES + 1]))
                .isInstanceOfSatisfying(
                        EuropassXml.Refused.class, r -> assertThat(r.rule()).isEqualTo("europass.too-large"));
        assertThatThrownBy(() -> EuropassXml.read("<cv/>".getBytes()))
                .isInstanceOfSatisfying(
                        EuropassXml.Refused.class, r -> assertThat(r.rule()).isEqualTo("europass.not-europass"));
    }

    @Test
    void thePassportWrittenAsEuropassReadsBackTheSame() {
        Passport passport = new Passport(
                UUID.randomUUID(),
                "Jan <de> Boer",
                new Passport.Place("GM0361", "Alkmaar"),
                20,
                null,
                null,
                32,
                List.of(),
                true,
                List.of(new Passport.Skill(
                        new SkillRef("s1", "http://data.europa.eu/esco/skill/s1", "MIG-lassen & TIG", "nl"),
                        SkillSource.WORK_EXPERIENCE,
                        3)),
                List.of(
                        new Passport.Work(
                                new OccupationRef("o1", "http://data.europa.eu/esco/occupation/o1", "lasser", "nl"),
                                "Werf & Co",
                                2015,
                                2020),
                        new Passport.Work(
                                new OccupationRef("o2", "http://data.europa.eu/esco/occupation/o2", "metselaar", "nl"),
                                null,
                                2021,
                                null)),
                List.of(new PassportInput.EducationEntry(
                        PassportInput.EducationKind.DIPLOMA, "MBO Lassen", "ROC", 2014)),
                Instant.now());
        String xml = EuropassWriter.write(passport, LocalDateTime.of(2026, 11, 26, 7, 0), "nl");
        assertThat(xml)
                .contains(
                        "<SkillsPassport xmlns=\"http://europass.cedefop.europa.eu/Europass\"",
                        "<XSDVersion>V3.3</XSDVersion>",
                        "<Code>http://data.europa.eu/esco/occupation/o1</Code>");
        EuropassCv back = EuropassXml.read(xml.getBytes(StandardCharsets.UTF_8));
        assertThat(back.firstName()).isEqualTo("Jan");
        assertThat(back.surname()).isEqualTo("<de> Boer");
        assertThat(back.work())
                .containsExactly(
                        new EuropassCv.Work("lasser", "Werf & Co", 2015, 2020, false, null),
                        new EuropassCv.Work("metselaar", null, 2021, null, true, null));
        assertThat(back.education()).containsExactly(new EuropassCv.Education("MBO Lassen", "ROC", null, 2014));
        assertThat(back.skillTexts()).containsExactly("MIG-lassen & TIG");
    }
}
