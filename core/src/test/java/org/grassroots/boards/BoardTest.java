package org.grassroots.boards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.Period;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class BoardTest {
  @Test
  void xinglinPresetsHaveEightAndFourCategories() {
    assertThat(Board.xinglinAdvanced().categories()).hasSize(8);
    assertThat(Board.xinglinAdvanced().kind()).isEqualTo(BoardKind.ADVANCED);
    assertThat(Board.xinglinImprovement().categories()).hasSize(4);
    assertThat(Board.xinglinImprovement().kind()).isEqualTo(BoardKind.IMPROVEMENT);
  }

  @Test
  void anyListOfCategoriesWorks() {
    Board b = new Board("b", BoardKind.ADVANCED, "x", ImmutableList.of(new BoardCategory("a", "甲")));
    BoardEntry e = b.enter(BoardEntryId.of("e"), CadreId.of("c"), Period.year(2020), "a",
        Fixed.of(3), "did well");
    assertThat(e.kind()).isEqualTo(BoardKind.ADVANCED);
    assertThat(e.board()).isEqualTo("b");
  }

  @Test
  void unknownCategoryIsRefusedNamingBoardAndCategory() {
    InvalidInputException e = Assertions.assertThrows(InvalidInputException.class,
        () -> Board.xinglinImprovement().enter(BoardEntryId.of("e"), CadreId.of("c"),
            Period.year(2020), "performance", Fixed.ONE, "r"));
    assertThat(e.getMessage(Locale.ENGLISH)).contains("performance").contains("xinglin.improvement");
    assertThat(e.getMessage(Locale.CHINESE)).contains("没有类别");
  }

  @Test
  void duplicateCategoriesAndNonPositiveScoresAreRefused() {
    assertThatThrownBy(() -> new Board("b", BoardKind.ADVANCED, "x",
            ImmutableList.of(new BoardCategory("a", "甲"), new BoardCategory("a", "乙"))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> Board.xinglinAdvanced().enter(BoardEntryId.of("e"), CadreId.of("c"),
            Period.year(2020), "performance", 0, "r"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("boardEntry.score");
  }
}
