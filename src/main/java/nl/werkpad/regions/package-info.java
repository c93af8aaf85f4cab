/**
 * Regions: the 342 municipalities (GMxxxx), 35 labour-market regions (AMxx) and 12 provinces of the
 * Netherlands, their points and shapes, and distances between municipalities.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "access", "web"})
@org.jspecify.annotations.NullMarked
package nl.werkpad.regions;
