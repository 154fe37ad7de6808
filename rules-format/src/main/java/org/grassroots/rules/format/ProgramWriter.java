package org.grassroots.rules.format;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.grassroots.rules.Boundary;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.RuleId;
import org.grassroots.stars.Money;
import org.grassroots.stars.RewardPolicy;
import org.grassroots.stars.StarReward;

/** Writes a {@link ProgramDeclaration} as the tree {@link ProgramReader} reads back to an equal one. */
final class ProgramWriter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private ProgramWriter() {}

  static ObjectNode program(ProgramDeclaration p) {
    ObjectNode o = NODES.objectNode();
    o.put("program", p.id());
    p.parent().ifPresent(x -> o.put("extends", x));
    p.name().ifPresent(x -> o.put("name", x));
    p.kind().ifPresent(x -> o.put("kind", Cursor.camel(x)));
    p.title().ifPresent(x -> o.put("title", x));
    p.rules().ifPresent(x -> o.put("rules", x));
    p.criteria().ifPresent(c -> {
      ObjectNode n = o.putObject("criteria");
      RulesetWriter.list(n, "vetoes", c.vetoes(), RulesetWriter::veto);
      RulesetWriter.list(n, "gates", c.gates(), RulesetWriter::gate);
      RulesetWriter.list(n, "grades", c.grades(), RulesetWriter::grade);
    });
    p.levels().ifPresent(levels -> {
      ArrayNode a = o.putArray("levels");
      for (ProgramDeclaration.Level l : levels) {
        ObjectNode n = a.addObject().put("name", l.name());
        n.put(l.from().boundary() == Boundary.INCLUSIVE ? "atLeast" : "above", Fixed.toBigDecimal(l.from().value()));
        if (!l.gates().isEmpty()) {
          ArrayNode g = n.putArray("gates");
          l.gates().stream().map(RuleId::value).forEach(g::add);
        }
      }
    });
    p.reward().ifPresent(r -> {
      ObjectNode n = o.putObject("reward");
      if (r.amount() instanceof StarReward.PerLevel l) {
        ArrayNode a = n.putArray("perLevel");
        l.amounts().forEach(m -> a.add(yuan(m)));
      } else {
        n.put("perStar", yuan(r.perStar()));
      }
      r.budget().ifPresent(b -> {
        n.put("budget", yuan(b.budget())).put("shortfall", Cursor.camel(b.shortfall()));
        if (b.remainder() != RewardPolicy.Remainder.LEFT_UNPAID) {
          n.put("remainder", Cursor.camel(b.remainder()));
        }
        if (b.ties() != ProgramDeclaration.DEFAULT_TIES) {
          n.put("ties", Cursor.camel(b.ties()));
        }
      });
    });
    p.demonstration().ifPresent(d -> o.put("demonstration", d.value()));
    if (!p.periods().isEmpty()) {
      ObjectNode n = o.putObject("periods");
      p.periods().withdrawAfterFailedPeriods().ifPresent(x -> n.put("withdrawAfterFailedPeriods", x));
      p.periods().levelsPerPeriod().ifPresent(x -> n.put("levelsPerPeriod", x));
      p.periods().publicityDays().ifPresent(x -> n.put("publicityDays", x));
    }
    return o;
  }

  /** Yuan with two decimals, as text so that no tool reads it as a binary float. */
  private static String yuan(Money m) {
    return m.toYuan().toPlainString();
  }
}
