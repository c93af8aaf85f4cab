/** Regions' pure functions: distances, forgiving search text and the map's paths. */
@org.jspecify.annotations.NullMarked
package nl.werkpad.regions.domain;
