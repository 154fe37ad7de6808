package org.grassroots.rules.format;

import static org.grassroots.rules.format.RulesetReader.ROUNDING;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.InputKind;
import org.grassroots.rules.Rounding;
import org.grassroots.rules.ScoringMethod;
import org.grassroots.rules.TieBreak;
import org.grassroots.rules.Uncapped;

/**
 * The file form of each kind of scoring method (计分方法): its {@code type} value, its field names and
 * how it is read. {@link #of} maps a model method to its constant through the method's visitor, so a
 * new kind of method does not compile until it has a constant here — and a constant does not compile
 * without its reader; {@link RulesetWriter} writes methods through the same visitor, and the schema
 * test holds the JSON Schema to {@link Vocabulary}, which lists these constants' fields.
 */
enum MethodFormat {
  BANDS("bands", "bands", "otherwise") {
    @Override
    ScoringMethod read(Cursor c) {
      List<ScoringMethod.Band> bands = c.field("bands").elements(RulesetReader::band);
      long otherwise = c.optional("otherwise").map(Cursor::fixed).orElse(0L);
      return c.build(() -> new ScoringMethod.Bands(bands, otherwise));
    }
  },
  LINEAR("linear", "x0", "y0", "x1", "y1", "rounding") {
    @Override
    ScoringMethod read(Cursor c) {
      long x0 = c.field("x0").fixed();
      long y0 = c.field("y0").fixed();
      long x1 = c.field("x1").fixed();
      long y1 = c.field("y1").fixed();
      Rounding r = c.field("rounding").choice(ROUNDING);
      return c.build(() -> new ScoringMethod.Linear(x0, y0, x1, y1, r));
    }
  },
  RATIO("ratio", "target", "targetInput", "points", "maxRatio", "whenNoTarget", "rounding") {
    @Override
    ScoringMethod read(Cursor c) {
      Optional<IndicatorId> targetInput = c.optional("targetInput").map(RulesetReader::indicatorId);
      long target = targetInput.isPresent()
          ? c.optional("target").map(Cursor::fixed).orElse(0L)
          : c.field("target").fixed();
      long points = c.field("points").fixed();
      long maxRatio = c.field("maxRatio").share();
      long whenNoTarget = c.optional("whenNoTarget").map(Cursor::fixed).orElse(0L);
      Rounding r = c.field("rounding").choice(ROUNDING);
      return c.build(() -> new ScoringMethod.RatioToTarget(target, targetInput, points, maxRatio, whenNoTarget, r));
    }
  },
  COUNT("count", "each", "cap", "rounding") {
    @Override
    ScoringMethod read(Cursor c) {
      long each = c.field("each").fixed();
      long cap = c.field("cap").fixed();
      Rounding r = c.field("rounding").choice(ROUNDING);
      return c.build(() -> new ScoringMethod.CountTimesPoints(each, cap, r));
    }
  },
  DEDUCTION("deduction", "start", "each", "floor", "rounding") {
    @Override
    ScoringMethod read(Cursor c) {
      long start = c.field("start").fixed();
      long each = c.field("each").fixed();
      long floor = c.field("floor").fixed();
      Rounding r = c.field("rounding").choice(ROUNDING);
      return c.build(() -> new ScoringMethod.DeductionPerOccurrence(start, each, floor, r));
    }
  },
  /**
   * {@code ifYes}/{@code ifNo}: the former {@code yes}/{@code no} are booleans as keys to YAML 1.1
   * tools (PyYAML, js-yaml), so a file using them reads differently there; still read, with a warning.
   */
  YES_NO("yesNo", "ifYes", "ifNo") {
    @Override
    ScoringMethod read(Cursor c) {
      long yes = c.fieldRenamed("ifYes", "yes").fixed();
      long no = c.optionalRenamed("ifNo", "no").map(Cursor::fixed).orElse(0L);
      return c.build(() -> new ScoringMethod.YesNo(yes, no));
    }

    @Override
    Set<String> formerNames() {
      return Set.of("yes", "no");
    }
  },
  PEER_GROUP("peerGroup", "groupKind", "basis", "higherIsBetter", "bands", "otherwise", "groupSizeRounding",
      "tieBreak") {
    @Override
    ScoringMethod read(Cursor c) {
      OrgKind groupKind = RulesetReader.kind(c.field("groupKind"));
      ScoringMethod.Basis basis = c.field("basis").choice(RulesetReader.BASIS);
      boolean higher = c.field("higherIsBetter").bool();
      List<ScoringMethod.ShareBand> bands = c.field("bands").elements(b -> RulesetReader.shareBand(b, basis));
      long otherwise = c.optional("otherwise").map(Cursor::fixed).orElse(0L);
      Rounding r = c.field("groupSizeRounding").choice(ROUNDING);
      TieBreak tb = RulesetReader.tieBreak(c.field("tieBreak"));
      return c.build(() -> new ScoringMethod.PeerGroupBands(groupKind, basis, higher, bands, otherwise, r, tb));
    }
  },
  CARRY_OVER("carryOver", "share", "rounding") {
    @Override
    ScoringMethod read(Cursor c) {
      long share = c.field("share").share();
      Rounding r = c.field("rounding").choice(ROUNDING);
      return c.build(() -> new ScoringMethod.CarryOver(share, r));
    }
  },
  LIMITED("limited", "inner", "floor", "cap") {
    @Override
    ScoringMethod read(Cursor c) {
      ScoringMethod inner = RulesetReader.method(c.field("inner"));
      Optional<Long> floor = c.optional("floor").map(Cursor::fixed);
      Optional<Long> cap = c.optional("cap").map(Cursor::fixed);
      return c.build(() -> new ScoringMethod.Limited(inner, floor, cap));
    }
  },
  SUM("sum", "parts") {
    @Override
    ScoringMethod read(Cursor c) {
      List<ScoringMethod> parts = c.field("parts").elements(RulesetReader::method);
      return c.build(() -> new ScoringMethod.Sum(parts));
    }
  },
  AS_ENTERED("asEntered", "ceiling") {
    @Override
    ScoringMethod read(Cursor c) {
      ScoringMethod.Ceiling ceiling = c.field("ceiling").choice(CEILING);
      return c.build(() -> new ScoringMethod.AsEntered(ceiling));
    }
  },
  CONSTANT("constant", "points") {
    @Override
    ScoringMethod read(Cursor c) {
      long points = c.field("points").fixed();
      return c.build(() -> new ScoringMethod.Constant(points));
    }
  },
  RATE_BANDS("rateBands", "denominator", "bands", "otherwise", "whenNoDenominator") {
    @Override
    ScoringMethod read(Cursor c) {
      IndicatorId denominator = RulesetReader.indicatorId(c.field("denominator"));
      List<ScoringMethod.Band> bands = c.field("bands").elements(RulesetReader::band);
      long otherwise = c.optional("otherwise").map(Cursor::fixed).orElse(0L);
      long whenNone = c.field("whenNoDenominator").fixed();
      return c.build(() -> new ScoringMethod.RateBands(denominator, bands, otherwise, whenNone));
    }
  },
  UNCAPPED_COUNT("uncappedCount", "each", "rounding") {
    @Override
    ScoringMethod read(Cursor c) {
      long each = c.field("each").fixed();
      Rounding r = c.field("rounding").choice(ROUNDING);
      return c.build(() -> new Uncapped.Count(each, r));
    }
  },
  UNCAPPED_DEDUCTION("uncappedDeduction", "start", "each", "rounding") {
    @Override
    ScoringMethod read(Cursor c) {
      long start = c.field("start").fixed();
      long each = c.field("each").fixed();
      Rounding r = c.field("rounding").choice(ROUNDING);
      return c.build(() -> new Uncapped.Deduction(start, each, r));
    }
  },
  UNCAPPED_RATIO("uncappedRatio", "target", "targetInput", "points", "whenNoTarget", "rounding") {
    @Override
    ScoringMethod read(Cursor c) {
      Optional<IndicatorId> targetInput = c.optional("targetInput").map(RulesetReader::indicatorId);
      long target = targetInput.isPresent()
          ? c.optional("target").map(Cursor::fixed).orElse(0L)
          : c.field("target").fixed();
      long points = c.field("points").fixed();
      long whenNoTarget = c.optional("whenNoTarget").map(Cursor::fixed).orElse(0L);
      Rounding r = c.field("rounding").choice(ROUNDING);
      return c.build(() -> new Uncapped.Ratio(target, targetInput, points, whenNoTarget, r));
    }
  },
  BY_CATEGORY("byCategory", "categories", "otherwise") {
    @Override
    ScoringMethod read(Cursor c) {
      List<ScoringMethod.CategoryPoints> categories = c.field("categories").elements(x -> {
        x.object(Vocabulary.fields("categoryPoints"));
        InputKind.Category cat = RulesetReader.category(x);
        long points = x.field("points").fixed();
        return x.build(() -> new ScoringMethod.CategoryPoints(cat, points));
      });
      long otherwise = c.optional("otherwise").map(Cursor::fixed).orElse(0L);
      return c.build(() -> new ScoringMethod.ByCategory(categories, otherwise));
    }
  };

  static final Map<String, ScoringMethod.Ceiling> CEILING = Cursor.names(ScoringMethod.Ceiling.class);

  /** The {@code type} value in a file, the model's method code. */
  final String type;
  /** The field names of this kind of method, {@code type} first. */
  final Set<String> fields;

  MethodFormat(String type, String... fields) {
    this.type = type;
    this.fields = ImmutableSet.<String>builder().add("type").add(fields).build();
  }

  /** Reads a method of this kind from {@code c}, whose fields were checked against {@link #accepted}. */
  abstract ScoringMethod read(Cursor c);

  /** Former field names still read, each with a deprecation warning; not in the schema. */
  Set<String> formerNames() {
    return Set.of();
  }

  /** The field names the reader accepts: {@link #fields} and the {@link #formerNames}. */
  Set<String> accepted() {
    return ImmutableSet.<String>builder().addAll(fields).addAll(formerNames()).build();
  }

  /** Every kind by its {@code type} value, in declaration order. */
  static final Map<String, MethodFormat> BY_TYPE;

  static {
    ImmutableMap.Builder<String, MethodFormat> b = ImmutableMap.builder();
    for (MethodFormat f : values()) {
      b.put(f.type, f);
    }
    BY_TYPE = b.build();
  }

  /** The kind of {@code m}: one branch per kind of method, so a new kind fails to compile here. */
  static MethodFormat of(ScoringMethod m) {
    return m.accept(new ScoringMethod.Visitor<MethodFormat>() {
      @Override
      public MethodFormat visitBands(ScoringMethod.Bands x) {
        return BANDS;
      }

      @Override
      public MethodFormat visitLinear(ScoringMethod.Linear x) {
        return LINEAR;
      }

      @Override
      public MethodFormat visitRatioToTarget(ScoringMethod.RatioToTarget x) {
        return RATIO;
      }

      @Override
      public MethodFormat visitCountTimesPoints(ScoringMethod.CountTimesPoints x) {
        return COUNT;
      }

      @Override
      public MethodFormat visitDeductionPerOccurrence(ScoringMethod.DeductionPerOccurrence x) {
        return DEDUCTION;
      }

      @Override
      public MethodFormat visitYesNo(ScoringMethod.YesNo x) {
        return YES_NO;
      }

      @Override
      public MethodFormat visitPeerGroupBands(ScoringMethod.PeerGroupBands x) {
        return PEER_GROUP;
      }

      @Override
      public MethodFormat visitCarryOver(ScoringMethod.CarryOver x) {
        return CARRY_OVER;
      }

      @Override
      public MethodFormat visitLimited(ScoringMethod.Limited x) {
        return LIMITED;
      }

      @Override
      public MethodFormat visitSum(ScoringMethod.Sum x) {
        return SUM;
      }

      @Override
      public MethodFormat visitAsEntered(ScoringMethod.AsEntered x) {
        return AS_ENTERED;
      }

      @Override
      public MethodFormat visitConstant(ScoringMethod.Constant x) {
        return CONSTANT;
      }

      @Override
      public MethodFormat visitRateBands(ScoringMethod.RateBands x) {
        return RATE_BANDS;
      }

      @Override
      public MethodFormat visitUncappedCount(Uncapped.Count x) {
        return UNCAPPED_COUNT;
      }

      @Override
      public MethodFormat visitUncappedDeduction(Uncapped.Deduction x) {
        return UNCAPPED_DEDUCTION;
      }

      @Override
      public MethodFormat visitUncappedRatio(Uncapped.Ratio x) {
        return UNCAPPED_RATIO;
      }

      @Override
      public MethodFormat visitByCategory(ScoringMethod.ByCategory x) {
        return BY_CATEGORY;
      }
    });
  }
}
