package nl.werkpad.extraction.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** The text of a CV file, or a clear refusal: every file here is made the way a real program writes it. */
public class DocumentTextTests {

    static final String CV_LINE = "2008-2023 lasser bij Damen Shipyards";

    public static byte[] pdf(String line, String userPassword) throws IOException {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(line);
                content.endText();
            }
            if (userPassword != null) {
                StandardProtectionPolicy policy =
                        new StandardProtectionPolicy("eigenaar", userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    public static byte[] docx(String line) throws IOException {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(line);
            document.write(out);
            return out.toByteArray();
        }
    }

    /** An OpenDocument text as LibreOffice writes it: the mimetype first and stored, then the content and manifest. */
    static byte[] odt(String line) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                      xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">
                      <office:body><office:text><text:p>%s</text:p></office:text></office:body>
                    </office:document-content>""".formatted(line)).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
                      <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
                      <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                    </manifest:manifest>""".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** A real DOCX whose document part is swapped for 60 MB of one letter: a few dozen KB packed. */
    static byte[] zipBombDocx() throws IOException {
        byte[] real = docx("x");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var in = new ZipInputStream(new ByteArrayInputStream(real));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("word/document.xml")) {
                    zip.write(
                            ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                                            + "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>")
                                    .getBytes(StandardCharsets.UTF_8));
                    byte[] block = "a".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
                    for (int i = 0; i < 60; i++) {
                        zip.write(block);
                    }
                    zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static String text(DocumentText.Result result) {
        assertThat(result).isInstanceOf(DocumentText.Text.class);
        return ((DocumentText.Text) result).text();
    }

    private static void refused(DocumentText.Result result, String rule) {
        assertThat(result).isInstanceOfSatisfying(DocumentText.Refused.class, refused -> assertThat(refused.rule())
                .isEqualTo(rule));
    }

    @Test
    void readsTheTextOfAPdfADocxAnOdtAndATextFile() throws IOException {
        assertThat(text(DocumentText.read("cv.pdf", pdf(CV_LINE, null)))).contains(CV_LINE);
        assertThat(text(DocumentText.read("Mijn CV.DOCX", docx(CV_LINE)))).contains(CV_LINE);
        assertThat(text(DocumentText.read("cv.odt", odt(CV_LINE)))).contains(CV_LINE);
        assertThat(text(DocumentText.read(
                        "cv.txt", (CV_LINE + "\nheftruckcertificaat").getBytes(StandardCharsets.UTF_8))))
                .contains(CV_LINE)
                .contains("heftruckcertificaat");
    }

    @Test
    void aTextFileInAnOldWindowsEncodingKeepsItsAccents() {
        String dutch =
                "Ik heb één jaar gewerkt als coördinator in de logistiek en daarna als heftruckchauffeur bij een groothandel.";
        assertThat(text(DocumentText.read("cv.txt", dutch.getBytes(Charset.forName("windows-1252")))))
                .contains("één")
                .contains("coördinator");
    }

    @Test
    void aFileThatIsNotWhatItsNameSaysIsRefused() throws IOException {
        byte[] binary = new byte[4096];
        new Random(7).nextBytes(binary);
        refused(DocumentText.read("cv.pdf", binary), DocumentText.NOT_WHAT_ITS_NAME_SAYS);
        refused(DocumentText.read("cv.txt", binary), DocumentText.NOT_WHAT_ITS_NAME_SAYS);
        refused(DocumentText.read("cv.docx", pdf(CV_LINE, null)), DocumentText.NOT_WHAT_ITS_NAME_SAYS);
        refused(DocumentText.read("cv.odt", docx(CV_LINE)), DocumentText.NOT_WHAT_ITS_NAME_SAYS);
    }

    @Test
    void otherFormatsEmptyAndOversizedFilesAreRefused() {
        refused(DocumentText.read("cv.exe", "MZ".getBytes(StandardCharsets.US_ASCII)), DocumentText.UNSUPPORTED);
        refused(DocumentText.read("cv", CV_LINE.getBytes(StandardCharsets.UTF_8)), DocumentText.UNSUPPORTED);
        refused(DocumentText.read("cv.pdf", new byte[0]), DocumentText.EMPTY);
        refused(DocumentText.read("cv.txt", new byte[DocumentText.MAX_BYTES + 1]), DocumentText.TOO_LARGE);
    }

    @Test
    void anEncryptedPdfIsRefusedClearly() throws IOException {
        refused(DocumentText.read("cv.pdf", pdf(CV_LINE, "geheim")), DocumentText.ENCRYPTED);
    }

    @Test
    void aBrokenPdfIsRefusedNotAnError() throws IOException {
        byte[] whole = pdf(CV_LINE, null);
        byte[] half = Arrays.copyOf(whole, 40);
        DocumentText.Result result = DocumentText.read("cv.pdf", half);
        assertThat(result).isInstanceOfSatisfying(DocumentText.Refused.class, refused -> assertThat(refused.rule())
                .isIn(DocumentText.BROKEN, DocumentText.NO_TEXT));
    }

    @Test
    void aZipBombInADocxIsRefusedBeforeItIsUnpacked() throws IOException {
        byte[] bomb = zipBombDocx();
        assertThat(bomb.length).isLessThan(DocumentText.MAX_BYTES);
        refused(DocumentText.read("cv.docx", bomb), DocumentText.ZIP_BOMB);
    }

    @Test
    void aTextFileOfBinaryJunkOrAPdfWithoutTextIsRefused() throws IOException {
        refused(DocumentText.read("cv.pdf", pdf("", null)), DocumentText.NO_TEXT);
        refused(
                DocumentText.read("cv.txt", "1234 5678 ==== //// #### ++++ 0000".getBytes(StandardCharsets.UTF_8)),
                DocumentText.NO_TEXT);
    }
}
