package org.grassroots.spring;

import java.util.Locale;
import org.grassroots.input.InvalidInputException;
import org.grassroots.input.Messages;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A start-up stopped by bad input — a ruleset file with errors, a missing or malformed property —
 * is reported as the library's message in English and Chinese (each ruleset problem at its
 * file:line), never as a stack trace.
 */
public class GrassrootsFailureAnalyzer extends AbstractFailureAnalyzer<InvalidInputException> {
  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, InvalidInputException cause) {
    String description = cause.getMessage(Locale.ENGLISH) + "\n" + cause.getMessage(Locale.CHINESE);
    return new FailureAnalysis(description, Messages.bilingual("boot.failure.action"), cause);
  }
}
