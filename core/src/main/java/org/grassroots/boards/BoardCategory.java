package org.grassroots.boards;

import org.grassroots.input.Check;
import org.grassroots.input.Identifiers;

/**
 * A category of a board (榜单类别).
 *
 * @param code the category's code, unique on its board (identifier syntax)
 * @param name its name as published, e.g. 重点项目攻坚
 */
public record BoardCategory(String code, String name) {
  public BoardCategory {
    Identifiers.check("boardCategory.code", code);
    name = Check.notBlank("boardCategory.name", name);
    Check.maxLength("boardCategory.name", name, 60);
  }
}
