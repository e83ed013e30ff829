package com.clearance.domain;

/**
 * Where a piece of text sits on its printed page: a rectangle in fractions of the page's width and height, measured
 * from the top-left corner, so it fits the page image at any zoom.
 */
public record TextRegion(int page, double x, double y, double width, double height) {
}
