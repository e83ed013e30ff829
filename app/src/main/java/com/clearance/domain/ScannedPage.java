package com.clearance.domain;

/**
 * A page whose text came from optical character recognition: its number, the mean recognition confidence of its
 * words (0..100) and whether that is poor enough that a reader should check the text against the image.
 */
public record ScannedPage(int number, double meanConfidence, boolean poor) {
}
