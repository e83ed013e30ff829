package com.clearance.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.clearance.text.WordDiff.Op.ADDED;
import static com.clearance.text.WordDiff.Op.REMOVED;
import static com.clearance.text.WordDiff.Op.SAME;
import static org.assertj.core.api.Assertions.assertThat;

class WordDiffTest {

    @Test
    void wordsRemovedAndAddedInReadingOrder() {
        assertThat(WordDiff.words("Provider may use Customer Data to train models.",
                "Provider shall not use Customer Data to train any model.")).containsExactly(
                new WordDiff.Piece(SAME, "Provider"),
                new WordDiff.Piece(REMOVED, "may"),
                new WordDiff.Piece(ADDED, "shall not"),
                new WordDiff.Piece(SAME, "use Customer Data to train"),
                new WordDiff.Piece(REMOVED, "models."),
                new WordDiff.Piece(ADDED, "any model."));
    }

    @Test
    void identicalAndEmptyTexts() {
        assertThat(WordDiff.words("a b  c", "a b c")).containsExactly(new WordDiff.Piece(SAME, "a b c"));
        assertThat(WordDiff.words("", "new words")).containsExactly(new WordDiff.Piece(ADDED, "new words"));
        assertThat(WordDiff.words("old words", "")).containsExactly(new WordDiff.Piece(REMOVED, "old words"));
    }

    @Test
    void theOldAndNewTextsCanBeRebuiltFromTheAlignment() {
        String a = "one two three four five six seven";
        String b = "zero one three four 4.5 five seven eight";
        List<WordDiff.Piece> pieces = WordDiff.words(a, b);
        assertThat(String.join(" ", pieces.stream().filter(p -> p.op() != ADDED).map(WordDiff.Piece::text).toList())).isEqualTo(a);
        assertThat(String.join(" ", pieces.stream().filter(p -> p.op() != REMOVED).map(WordDiff.Piece::text).toList())).isEqualTo(b);
    }

    @Test
    void similarityIsTheShareOfWordsInCommon() {
        assertThat(WordDiff.similarity("Notice by email.", "notice by EMAIL")).isEqualTo(1.0);
        assertThat(WordDiff.similarity("a b c d", "a b x y")).isEqualTo(2.0 / 6);
        assertThat(WordDiff.similarity("alpha", "beta")).isZero();
    }
}
