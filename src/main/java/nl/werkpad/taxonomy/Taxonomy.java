package nl.werkpad.taxonomy;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The ESCO classification for every module. Ids are the UUID part of an ESCO URI (a full URI is
 * accepted wherever an id is); skills known only by label have a local id ({@code local-…}) that keeps
 * working after it is reconciled to a URI. Labels come in the asked language when ESCO has it, else
 * in English, and always say which.
 */
public interface Taxonomy {

    /** Type-ahead: the best skills for the text, in Dutch or English, typos forgiven. */
    List<Skill> suggestSkills(String text, String language, @Nullable String type, int limit);

    List<Occupation> suggestOccupations(String text, String language, int limit);

    Optional<SkillDetails> skill(String idOrUri, String language);

    Optional<OccupationDetails> occupation(String idOrUri, String language);

    /** A skill's reference without its relations, from memory; empty when unknown. */
    Optional<SkillRef> skillRef(String idOrUri, String language);

    Optional<OccupationRef> occupationRef(String idOrUri, String language);

    /** The current ids of the given ids or URIs (local ids that were reconciled map to their ESCO id); unknown ones are left out. */
    Map<String, String> resolveSkills(Collection<String> idsOrUris);

    TaxonomyInfo info();

    /** How many skills, skill groups, occupations and ISCO groups have a label in the language, and from which ESCO version. */
    LanguageCoverage languageCoverage(String language);

    /** Occupations that need the most of these skills (an essential one counts double), best first. */
    List<OccupationFit> occupationsNeeding(Collection<String> skillIds, String language, int limit);

    /** The ISCO-08 group code of an occupation (from memory); empty when the occupation is unknown. */
    Optional<String> iscoCodeOf(String occupationIdOrUri);

    /** The ESCO skill collections (digital, green, language, transversal, research, digcomp) any of these skills is in. */
    Set<String> collectionsOf(Collection<String> skillIds);

    /** Every ISCO-08 group (1 to 4 digits) with its label in the language (English when there is no Dutch one). */
    List<IscoLabel> iscoGroups(String language);

    record IscoLabel(String code, String label) {}

    /** Every occupation with the ids of its essential and optional skills, in one read (for generators and indexes). */
    List<OccupationProfile> occupationProfiles();

    /**
     * Every skill→skill link of ESCO in one read (for the matching engine): {@code broader} (the skill's
     * broader concept, a skill or skill group) and {@code essential}/{@code optional} (ESCO's related skills).
     */
    List<SkillLink> skillLinks();

    record SkillLink(String from, String to, String kind) {}

    record OccupationProfile(String id, String iscoGroup, List<String> essential, List<String> optional) {}

    /** How an occupation fits a set of skills: which of them it needs essentially and optionally. */
    record OccupationFit(OccupationRef occupation, List<String> essential, List<String> optional, int essentialTotal) {}
}
