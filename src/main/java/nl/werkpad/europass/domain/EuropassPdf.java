package nl.werkpad.europass.domain;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/**
 * The Europass XML a Europass PDF carries as an embedded file ("attachment.xml" in the PDFs Europass makes; any
 * embedded .xml whose root is a SkillsPassport is taken). Encrypted PDFs are refused, not opened.
 */
public final class EuropassPdf {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private EuropassPdf() {}

    public static boolean isPdf(byte[] bytes) {
        return bytes.length > 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F';
    }

    public static byte[] attachedXml(byte[] pdf) {
        if (pdf.length > MAX_BYTES) {
            throw new EuropassXml.Refused("europass.too-large", "The PDF is larger than 10 MB");
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (document.isEncrypted()) {
                throw new EuropassXml.Refused("europass.pdf-encrypted", "The PDF is encrypted");
            }
            PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
            PDEmbeddedFilesNameTreeNode files = names == null ? null : names.getEmbeddedFiles();
            if (files != null) {
                byte[] found = search(files);
                if (found != null) {
                    return found;
                }
            }
            throw new EuropassXml.Refused(
                    "europass.pdf-without-xml", "The PDF carries no Europass XML; it was not made by Europass");
        } catch (IOException e) {
            throw new EuropassXml.Refused("europass.pdf-invalid", "Not a readable PDF");
        }
    }

    private static byte[] search(PDNameTreeNode<PDComplexFileSpecification> node) throws IOException {
        Map<String, PDComplexFileSpecification> here = node.getNames();
        if (here != null) {
            for (var entry : here.entrySet()) {
                PDEmbeddedFile file = entry.getValue().getEmbeddedFile();
                String name = entry.getValue().getFilename() == null
                        ? entry.getKey()
                        : entry.getValue().getFilename();
                if (file != null
                        && name != null
                        && name.toLowerCase(Locale.ROOT).endsWith(".xml")) {
                    if (file.getLength() > EuropassXml.MAX_BYTES) {
                        throw new EuropassXml.Refused("europass.too-large", "The attached XML is larger than 5 MB");
                    }
                    return file.toByteArray();
                }
            }
        }
        if (node.getKids() != null) {
            for (var kid : node.getKids()) {
                byte[] found = search(kid);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
