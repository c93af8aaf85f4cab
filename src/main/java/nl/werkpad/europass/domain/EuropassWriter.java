package nl.werkpad.europass.domain;

import java.io.StringWriter;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import nl.werkpad.passport.Passport;
import nl.werkpad.passport.PassportInput;
import org.jsoup.nodes.Entities;

/**
 * A passport as a Europass CV in the Europass XML (SkillsPassport, XSD V3.3), which Europass and
 * {@link EuropassXml} read back: name, place, work history (ESCO occupation as the position, its URI as the code),
 * education and certificates, and the passport's skills (ESCO labels) as the job-related skills. Written with StAX,
 * so every text is escaped.
 */
public final class EuropassWriter {

    private EuropassWriter() {}

    public static String write(Passport passport, LocalDateTime now, String locale) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("SkillsPassport");
            xml.writeDefaultNamespace(EuropassXml.NAMESPACE);
            xml.writeAttribute("locale", locale);
            xml.writeStartElement("DocumentInfo");
            element(xml, "DocumentType", "ECV");
            element(xml, "CreationDate", now.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME) + "Z");
            element(xml, "LastUpdateDate", now.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME) + "Z");
            element(xml, "XSDVersion", "V3.3");
            element(xml, "Generator", "Werkpad");
            element(xml, "Comment", "Werkpad skills passport; skills and occupations from ESCO (European Commission)");
            xml.writeEndElement();
            xml.writeStartElement("LearnerInfo");
            identification(xml, passport);
            work(xml, passport.workHistory());
            education(xml, passport.education());
            skills(xml, passport.skills());
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static void identification(XMLStreamWriter xml, Passport p) throws XMLStreamException {
        xml.writeStartElement("Identification");
        xml.writeStartElement("PersonName");
        String name = p.name() == null ? "" : p.name().strip();
        int space = name.indexOf(' ');
        element(xml, "FirstName", space < 0 ? name : name.substring(0, space));
        element(xml, "Surname", space < 0 ? "" : name.substring(space + 1));
        xml.writeEndElement();
        if (p.municipality() != null) {
            xml.writeStartElement("ContactInfo");
            xml.writeStartElement("Address");
            xml.writeStartElement("Contact");
            element(xml, "Municipality", p.municipality().name());
            xml.writeStartElement("Country");
            element(xml, "Code", "NL");
            element(xml, "Label", "Nederland");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void work(XMLStreamWriter xml, List<Passport.Work> history) throws XMLStreamException {
        if (history.isEmpty()) {
            return;
        }
        xml.writeStartElement("WorkExperienceList");
        for (Passport.Work w : history) {
            xml.writeStartElement("WorkExperience");
            period(xml, w.fromYear(), w.toYear(), w.toYear() == null);
            if (w.occupation() != null) {
                xml.writeStartElement("Position");
                element(xml, "Code", w.occupation().uri());
                element(xml, "Label", w.occupation().label());
                xml.writeEndElement();
            }
            if (w.employer() != null && !w.employer().isBlank()) {
                xml.writeStartElement("Employer");
                element(xml, "Name", w.employer());
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void education(XMLStreamWriter xml, List<PassportInput.EducationEntry> education)
            throws XMLStreamException {
        if (education == null || education.isEmpty()) {
            return;
        }
        xml.writeStartElement("EducationList");
        for (PassportInput.EducationEntry e : education) {
            xml.writeStartElement("Education");
            period(xml, null, e.year(), false);
            element(xml, "Title", e.title());
            if (e.institution() != null && !e.institution().isBlank()) {
                xml.writeStartElement("Organisation");
                element(xml, "Name", e.institution());
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void skills(XMLStreamWriter xml, List<Passport.Skill> skills) throws XMLStreamException {
        if (skills.isEmpty()) {
            return;
        }
        xml.writeStartElement("Skills");
        xml.writeStartElement("JobRelated");
        StringBuilder list = new StringBuilder("<ul>");
        for (Passport.Skill s : skills) {
            list.append("<li>").append(Entities.escape(s.skill().label())).append("</li>");
        }
        // Europass keeps skill descriptions as (escaped) HTML
        element(xml, "Description", list.append("</ul>").toString());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void period(XMLStreamWriter xml, Integer from, Integer to, boolean current)
            throws XMLStreamException {
        if (from == null && to == null && !current) {
            return;
        }
        xml.writeStartElement("Period");
        if (from != null) {
            xml.writeEmptyElement("From");
            xml.writeAttribute("year", String.valueOf(from));
        }
        if (to != null) {
            xml.writeEmptyElement("To");
            xml.writeAttribute("year", String.valueOf(to));
        }
        if (current) {
            element(xml, "Current", "true");
        }
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }
}
