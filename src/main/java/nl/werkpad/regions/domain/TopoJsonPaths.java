package nl.werkpad.regions.domain;

import java.util.ArrayList;
import java.util.List;
import nl.werkpad.regions.RegionMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Decodes the bundled TopoJSON (quantised, delta-encoded arcs) into SVG paths, projected as {@link RegionMap#project}. */
public final class TopoJsonPaths {

    private TopoJsonPaths() {}

    public static RegionMap decode(String topojson, String object) {
        JsonNode root = new ObjectMapper().readTree(topojson);
        double[] scale = {
            root.path("transform").path("scale").get(0).asDouble(),
            root.path("transform").path("scale").get(1).asDouble()
        };
        double[] translate = {
            root.path("transform").path("translate").get(0).asDouble(),
            root.path("transform").path("translate").get(1).asDouble()
        };
        List<double[][]> arcs = new ArrayList<>();
        for (JsonNode arc : root.path("arcs")) {
            double[][] points = new double[arc.size()][];
            long x = 0;
            long y = 0;
            for (int i = 0; i < arc.size(); i++) {
                x += arc.get(i).get(0).asLong();
                y += arc.get(i).get(1).asLong();
                points[i] = RegionMap.project(y * scale[1] + translate[1], x * scale[0] + translate[0]);
            }
            arcs.add(points);
        }
        List<RegionMap.Area> areas = new ArrayList<>();
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (JsonNode geometry : root.path("objects").path(object).path("geometries")) {
            StringBuilder d = new StringBuilder();
            double[] sum = new double[3];
            JsonNode polygons = geometry.path("type").asString().equals("Polygon")
                    ? wrap(geometry.path("arcs"))
                    : geometry.path("arcs");
            for (JsonNode polygon : polygons) {
                for (JsonNode ring : polygon) {
                    boolean first = true;
                    for (JsonNode index : ring) {
                        int a = index.asInt();
                        double[][] points = a >= 0 ? arcs.get(a) : reversed(arcs.get(~a));
                        for (int i = first ? 0 : 1; i < points.length; i++) {
                            d.append(first && i == 0 ? "M" : "L")
                                    .append(points[i][0])
                                    .append(',')
                                    .append(points[i][1]);
                            sum[0] += points[i][0];
                            sum[1] += points[i][1];
                            sum[2]++;
                            box[0] = Math.min(box[0], points[i][0]);
                            box[1] = Math.min(box[1], points[i][1]);
                            box[2] = Math.max(box[2], points[i][0]);
                            box[3] = Math.max(box[3], points[i][1]);
                        }
                        first = false;
                    }
                    d.append('Z');
                }
            }
            JsonNode p = geometry.path("properties");
            areas.add(new RegionMap.Area(
                    p.path("statcode").asString(),
                    p.path("statnaam").asString(),
                    d.toString(),
                    Math.round(sum[0] / Math.max(1, sum[2]) * 10) / 10.0,
                    Math.round(sum[1] / Math.max(1, sum[2]) * 10) / 10.0));
        }
        String viewBox = "%.1f %.1f %.1f %.1f"
                .formatted(box[0], box[1], box[2] - box[0], box[3] - box[1])
                .replace(',', '.');
        return new RegionMap(viewBox, areas);
    }

    private static JsonNode wrap(JsonNode polygon) {
        return new ObjectMapper().createArrayNode().add(polygon);
    }

    private static double[][] reversed(double[][] points) {
        double[][] r = new double[points.length][];
        for (int i = 0; i < points.length; i++) {
            r[i] = points[points.length - 1 - i];
        }
        return r;
    }
}
