package nl.werkpad.europass.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import nl.werkpad.europass.EuropassCv;
import org.jsoup.Jsoup;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads the Europass CV XML (SkillsPassport, XSD V3.x, namespace http://europass.cedefop.europa.eu/Europass): name,
 * work experience, education, languages with their CEFR levels and the skills texts. The parser refuses any
 * DOCTYPE, so external entities (XXE) and entity expansion cannot happen; nothing is fetched.
 */
public final class EuropassXml {

    public static final String NAMESPACE = "http://europass.cedefop.europa.eu/Europass";
    /** The largest XML read. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private EuropassXml() {}

    /** Why a file is no Europass CV Werkpad reads; the rule is a message key. */
    public static final class Refused extends RuntimeException {
        private final String rule;

        public Refused(String rule, String reason) {
            super(reason);
            this.rule = rule;
        }

        public String rule() {
            return rule;
        }
    }

    public static EuropassCv read(byte[] xml) {
        if (xml.length > MAX_BYTES) {
            throw new Refused("europass.too-large", "The Europass XML is larger than 5 MB");
        }
        Document document;
        try {
            document = builder().parse(new ByteArrayInputStream(xml));
        } catch (SAXException e) {
            throw new Refused(
                    e.getMessage() != null && e.getMessage().contains("DOCTYPE")
                            ? "europass.doctype"
                            : "europass.xml-invalid",
                    "Not well-formed XML, or XML with a DOCTYPE: " + e.getMessage());
        } catch (IOException e) {
            throw new Refused("europass.xml-invalid", "Not readable: " + e.getMessage());
        }
        Element root = document.getDocumentElement();
        if (!"SkillsPassport".equals(root.getLocalName()) || !NAMESPACE.equals(root.getNamespaceURI())) {
            throw new Refused("europass.not-europass", "The XML is no Europass SkillsPassport");
        }
        Element learner = child(root, "LearnerInfo");
        Element name = path(learner, "Identification", "PersonName");
        List<EuropassCv.Work> work = new ArrayList<>();
        for (Element w : children(child(learner, "WorkExperienceList"), "WorkExperience")) {
            Element period = child(w, "Period");
            work.add(new EuropassCv.Work(
                    text(path(w, "Position", "Label")),
                    text(path(w, "Employer", "Name")),
                    year(child(period, "From")),
                    year(child(period, "To")),
                    "true".equals(text(child(period, "Current"))),
                    plain(text(child(w, "Activities")))));
        }
        List<EuropassCv.Education> education = new ArrayList<>();
        for (Element e : children(child(learner, "EducationList"), "Education")) {
            Element period = child(e, "Period");
            education.add(new EuropassCv.Education(
                    text(child(e, "Title")),
                    text(path(e, "Organisation", "Name")),
                    year(child(period, "From")),
                    year(child(period, "To"))));
        }
        Element skills = child(learner, "Skills");
        Element linguistic = child(skills, "Linguistic");
        List<EuropassCv.Language> languages = new ArrayList<>();
        for (Element m : children(child(linguistic, "MotherTongueList"), "MotherTongue")) {
            languages.add(new EuropassCv.Language(
                    text(path(m, "Description", "Code")), text(path(m, "Description", "Label")), true, List.of()));
        }
        for (Element f : children(child(linguistic, "ForeignLanguageList"), "ForeignLanguage")) {
            Element level = child(f, "ProficiencyLevel");
            List<String> levels = new ArrayList<>();
            for (String part : List.of("Listening", "Reading", "SpokenInteraction", "SpokenProduction", "Writing")) {
                String l = text(child(level, part));
                if (l != null && l.matches("[ABC][12]")) {
                    levels.add(l);
                }
            }
            languages.add(new EuropassCv.Language(
                    text(path(f, "Description", "Code")), text(path(f, "Description", "Label")), false, levels));
        }
        List<String> texts = new ArrayList<>();
        for (String part : List.of("JobRelated", "Computer", "Communication", "Organisational", "Other")) {
            String t = plain(text(path(skills, part, "Description")));
            if (t != null && !t.isBlank()) {
                texts.add(t);
            }
        }
        return new EuropassCv(
                text(child(name, "FirstName")), text(child(name, "Surname")), work, education, languages, texts);
    }

    /** A namespace-aware parser that refuses DOCTYPEs, external entities, XInclude and external schemas. */
    static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("External entities are not read");
            });
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static Element path(Element from, String... names) {
        Element at = from;
        for (String name : names) {
            at = child(at, name);
        }
        return at;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent != null) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && name.equals(e.getLocalName())) {
                    found.add(e);
                }
            }
        }
        return found;
    }

    private static String text(Element e) {
        if (e == null) {
            return null;
        }
        String t = e.getTextContent().strip();
        return t.isEmpty() ? null : t;
    }

    private static Integer year(Element e) {
        if (e == null || !e.hasAttribute("year")) {
            return null;
        }
        String y = e.getAttribute("year").replaceAll("[^0-9]", "");
        return y.length() == 4 ? Integer.valueOf(y) : null;
    }

    /** Europass descriptions are HTML (ul/li, p, b): their text, a line per item. */
    static String plain(String html) {
        if (html == null || (html.indexOf('<') < 0 && html.indexOf('&') < 0)) {
            return html;
        }
        var doc = Jsoup.parse(html.replaceAll("(?i)<br\\s*/?>|</p>|</li>", "$0\n"));
        doc.outputSettings().prettyPrint(false);
        return doc.wholeText()
                .replaceAll("[ \\t]+", " ")
                .replaceAll(" ?\\n ?", "\n")
                .replaceAll("\\n{2,}", "\n")
                .strip();
    }
}
