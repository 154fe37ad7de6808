package org.grassroots.boards;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Set;
import org.grassroots.input.Check;
import org.grassroots.input.Identifiers;
import org.grassroots.rules.Period;

/**
 * A cadre board (评价榜) defined as data: its kind and its categories. The mechanism takes any list
 * of categories; {@link #xinglinAdvanced()} and {@link #xinglinImprovement()} are presets.
 *
 * @param code the board's code (identifier syntax)
 * @param kind advanced or improvement
 * @param name the board's published name
 * @param categories the categories an entry must name, at least one, codes unique
 */
public record Board(String code, BoardKind kind, String name, ImmutableList<BoardCategory> categories) {
  public Board {
    Identifiers.check("board.code", code);
    Check.notNull("board.kind", kind);
    name = Check.notBlank("board.name", name);
    Check.notEmpty("board.categories", categories);
    Set<String> seen = new HashSet<>();
    for (BoardCategory c : categories) {
      Check.notNull("board.categories", c);
      Check.that(seen.add(c.code()), "boards.duplicateCategory", "board.categories", c.code(), code);
    }
  }

  /**
   * 杏林's advanced board (先进榜): 8 categories. The article says only that it honours cadres with
   * excellent performance reviews or outstanding contributions in the street's work; the eight
   * names here are a plausible reading of the street's work areas, to be replaced by a district's
   * own list.
   */
  public static Board xinglinAdvanced() {
    return new Board("xinglin.advanced", BoardKind.ADVANCED, "先进榜", ImmutableList.of(
        new BoardCategory("performance", "绩效考评优异"),
        new BoardCategory("keyProjects", "重点项目攻坚"),
        new BoardCategory("relocation", "征迁安置突出"),
        new BoardCategory("urbanRenewal", "城市更新建设"),
        new BoardCategory("service", "为民服务暖心"),
        new BoardCategory("governance", "基层治理创新"),
        new BoardCategory("emergency", "急难险重担当"),
        new BoardCategory("partyBuilding", "党建引领示范")));
  }

  /**
   * 杏林's improvement board (促进榜): 4 categories, after the article's wording — lagging work,
   * problems, bad influence — plus conduct and discipline.
   */
  public static Board xinglinImprovement() {
    return new Board("xinglin.improvement", BoardKind.IMPROVEMENT, "促进榜", ImmutableList.of(
        new BoardCategory("lagging", "工作推进滞后"),
        new BoardCategory("problems", "履职出现问题"),
        new BoardCategory("badInfluence", "造成不良影响"),
        new BoardCategory("conduct", "作风纪律松散")));
  }

  /** The category with {@code code}, refused when the board has none. */
  public BoardCategory category(String code) {
    Check.notNull("category", code);
    return categories.stream()
        .filter(c -> c.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new org.grassroots.input.InvalidInputException(
            "boards.unknownCategory", "category", code, this.code));
  }

  /**
   * An entry on this board: {@code cadre} listed under category {@code category} for {@code
   * period} with {@code score} (fixed point, positive) and a reason.
   */
  public BoardEntry enter(
      BoardEntryId id, CadreId cadre, Period period, String category, long score, String reason) {
    return new BoardEntry(id, code, kind, category(category).code(), cadre, period, score, reason);
  }
}
