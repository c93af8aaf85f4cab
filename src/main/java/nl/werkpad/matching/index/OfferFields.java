package nl.werkpad.matching.index;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * How training offers sit in their Lucene table: where (a geo point, or "online"), and which skills they teach; and
 * the one query over those fields, offers teaching any of some skills within an area or online.
 */
final class OfferFields {

    private static final String GEO = "geo";
    private static final String SKILL = "skill";
    private static final String MODE = "mode";

    private OfferFields() {}

    static List<Field> of(MatchIndex.OfferEntry o) {
        List<Field> fields = new ArrayList<>();
        if (!o.online()) {
            fields.add(new LatLonPoint(GEO, o.lat(), o.lon()));
        }
        fields.add(new StringField(MODE, o.online() ? "online" : "place", Field.Store.NO));
        for (int s : o.skills()) {
            if (s >= 0) {
                fields.add(new StringField(SKILL, Integer.toString(s), Field.Store.NO));
            }
        }
        return fields;
    }

    static Query teaching(int[] skills, MatchIndex.Area area) {
        Query where = new BooleanQuery.Builder()
                .add(
                        LatLonPoint.newDistanceQuery(GEO, area.lat(), area.lon(), area.radiusKm() * 1000),
                        BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(MODE, "online")), BooleanClause.Occur.SHOULD)
                .build();
        return new BooleanQuery.Builder()
                .add(where, BooleanClause.Occur.FILTER)
                .add(skillsQuery(skills), BooleanClause.Occur.FILTER)
                .build();
    }

    private static Query skillsQuery(int[] skills) {
        if (skills.length == 0) {
            return new BooleanQuery.Builder()
                    .add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST_NOT)
                    .build();
        }
        List<BytesRef> terms = new ArrayList<>(skills.length);
        for (int s : skills) {
            terms.add(new BytesRef(Integer.toString(s)));
        }
        return new TermInSetQuery(SKILL, terms);
    }
}
