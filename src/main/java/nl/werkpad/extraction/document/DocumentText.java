package nl.werkpad.extraction.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import nl.werkpad.extraction.SkillExtraction;
import nl.werkpad.extraction.TextInput;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.txt.TXTParser;
import org.apache.tika.sax.BodyContentHandler;
import org.jspecify.annotations.Nullable;
import org.xml.sax.SAXException;

/**
 * The text of an uploaded CV (PDF, DOCX, ODT or TXT), taken out with Apache Tika, or a clear refusal: too large,
 * empty, not what its name says, a format Werkpad does not read, encrypted, broken, a zip bomb, no text in it (a
 * scan), or more text than one extraction reads. The type is sniffed from the bytes, never trusted from the name.
 * Reads from memory only and writes nothing; embedded files (images, attachments) are not opened.
 */
public final class DocumentText {

    /** The largest file accepted, stated on every page that takes one. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** What the page's file input accepts. */
    public static final String ACCEPT = ".pdf,.docx,.odt,.txt,application/pdf,"
            + "application/vnd.openxmlformats-officedocument.wordprocessingml.document,"
            + "application/vnd.oasis.opendocument.text,text/plain";

    /** Message keys (and API rule names) of the refusals. */
    public static final String EMPTY = "document.empty";

    public static final String TOO_LARGE = "document.too-large";
    public static final String UNSUPPORTED = "document.unsupported";
    public static final String NOT_WHAT_ITS_NAME_SAYS = "document.mismatch";
    public static final String ENCRYPTED = "document.encrypted";
    public static final String BROKEN = "document.broken";
    public static final String ZIP_BOMB = "document.zip-bomb";
    public static final String NO_TEXT = "document.no-text";
    public static final String TOO_MUCH_TEXT = "document.too-much-text";

    /** A Word document's parts may unpack to at most this many bytes each, and at least 1/100 of them must be packed. */
    static final long MAX_UNPACKED_ENTRY = 20L * 1024 * 1024;

    static final double MIN_INFLATE_RATIO = 0.01;

    private static final Detector DETECTOR = new DefaultDetector();
    /** What Tika calls a Word (or other Office Open XML) file saved with a password: an encrypted container. */
    private static final MediaType PROTECTED_OFFICE = MediaType.application("x-tika-ooxml-protected");

    static {
        // POI's own zip-bomb guard, which Tika's OOXML parser goes through: a part that unpacks beyond 20 MB, or
        // more than a hundredfold, is refused before it is read to the end.
        ZipSecureFile.setMaxEntrySize(MAX_UNPACKED_ENTRY);
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    }

    /** The formats read, by the media type Tika sniffs and the file name extensions that may carry it. */
    public enum Format {
        PDF("application/pdf", "pdf"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        ODT("application/vnd.oasis.opendocument.text", "odt"),
        TXT("text/plain", "txt");

        private final MediaType type;
        private final String extension;

        Format(String type, String extension) {
            this.type = MediaType.parse(type);
            this.extension = extension;
        }

        static Optional<Format> ofType(MediaType sniffed) {
            for (Format format : values()) {
                if (format.type.equals(sniffed.getBaseType())) {
                    return Optional.of(format);
                }
            }
            return Optional.empty();
        }

        static Optional<Format> ofName(@Nullable String fileName) {
            if (fileName == null || fileName.lastIndexOf('.') < 0) {
                return Optional.empty();
            }
            String extension = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            for (Format format : values()) {
                if (format.extension.equals(extension)) {
                    return Optional.of(format);
                }
            }
            return Optional.empty();
        }
    }

    /** What reading a file gave. */
    public sealed interface Result permits Text, Refused {}

    public record Text(String text, Format format) implements Result {}

    /** @param rule a message key such as {@code document.encrypted}; {@code limit} is shown in the message when set */
    public record Refused(
            String rule, String message, @Nullable Object limit) implements Result {}

    private DocumentText() {}

    /** Reads the file: its text, or why not. Never throws for anything in the file itself. */
    public static Result read(@Nullable String fileName, byte @Nullable [] bytes) {
        if (bytes == null || bytes.length == 0) {
            return new Refused(EMPTY, "the file is empty", null);
        }
        if (bytes.length > MAX_BYTES) {
            return new Refused(TOO_LARGE, "the file is larger than 5 MB", "5 MB");
        }
        Optional<Format> named = Format.ofName(fileName);
        if (named.isEmpty()) {
            return new Refused(UNSUPPORTED, "only PDF, DOCX, ODT and TXT files are read", "PDF, DOCX, ODT, TXT");
        }
        MediaType type;
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            type = DETECTOR.detect(in, new Metadata());
        } catch (IOException | RuntimeException e) {
            return refusal(e);
        }
        if (PROTECTED_OFFICE.equals(type.getBaseType())) {
            return new Refused(ENCRYPTED, "the file is protected with a password; save it without one", null);
        }
        Optional<Format> sniffed = Format.ofType(type);
        if (sniffed.isEmpty() || sniffed.get() != named.get()) {
            return new Refused(
                    NOT_WHAT_ITS_NAME_SAYS,
                    "the file is not a " + named.get().name() + " file, whatever its name says",
                    named.get().name());
        }
        return parse(sniffed.get(), bytes);
    }

    private static Result parse(Format format, byte[] bytes) {
        Parser parser =
                switch (format) {
                    case PDF -> new PDFParser();
                    case DOCX -> new OOXMLParser();
                    case ODT -> new OpenDocumentParser();
                    case TXT -> new TXTParser();
                };
        // one character over the limit tells a text that is too long from one that fits exactly
        BodyContentHandler handler = new BodyContentHandler(SkillExtraction.MAX_TEXT_CHARS + 1);
        Metadata metadata = new Metadata();
        try (InputStream in = TikaInputStream.get(new ByteArrayInputStream(bytes))) {
            parser.parse(in, handler, metadata, new ParseContext());
        } catch (EncryptedDocumentException e) {
            return new Refused(ENCRYPTED, "the file is protected with a password; save it without one", null);
        } catch (SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                return new Refused(
                        TOO_MUCH_TEXT,
                        "the file holds more than 100,000 characters of text",
                        SkillExtraction.MAX_TEXT_CHARS);
            }
            return new Refused(BROKEN, "the file cannot be read", null);
        } catch (IOException | TikaException | RuntimeException e) {
            return refusal(e);
        }
        String text = handler.toString().strip();
        if (text.isEmpty() || !TextInput.looksLikeText(text)) {
            return new Refused(NO_TEXT, "the file holds no text (a scan is a picture of text)", null);
        }
        if (text.length() > SkillExtraction.MAX_TEXT_CHARS) {
            return new Refused(
                    TOO_MUCH_TEXT,
                    "the file holds more than 100,000 characters of text",
                    SkillExtraction.MAX_TEXT_CHARS);
        }
        return new Text(text, format);
    }

    /** POI and PDFBox report a zip bomb or a password as a plain exception somewhere in the chain of causes. */
    private static Refused refusal(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("zip bomb")
                    || message.contains("max entry size")
                    || message.contains("inflate ratio")) {
                return new Refused(ZIP_BOMB, "the file unpacks to far more than it holds (a zip bomb)", null);
            }
            if (cause instanceof EncryptedDocumentException
                    || cause instanceof org.apache.poi.EncryptedDocumentException
                    || cause instanceof InvalidPasswordException) {
                return new Refused(ENCRYPTED, "the file is protected with a password; save it without one", null);
            }
        }
        return new Refused(BROKEN, "the file cannot be read", null);
    }
}
