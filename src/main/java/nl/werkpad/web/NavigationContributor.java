package nl.werkpad.web;

import java.util.List;

/** Implemented by a module that puts links in the main navigation. */
public interface NavigationContributor {

    List<NavigationItem> navigationItems();
}
