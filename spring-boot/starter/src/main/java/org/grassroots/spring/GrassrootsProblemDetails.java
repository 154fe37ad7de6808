package org.grassroots.spring;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.grassroots.input.InvalidInputException;
import org.grassroots.input.Messages;
import org.grassroots.spi.ConflictException;
import org.grassroots.spi.NotFoundException;
import org.grassroots.spi.StaleVersionException;
import org.grassroots.spi.StorageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The library's errors as RFC 9457 problem details (问题详情), auto-configured in a servlet web
 * application: bad input ({@link InvalidInputException}, a ruleset file's error included) answers
 * 400, a missing record ({@link NotFoundException}) 404, a conflict or a stale version ({@link
 * ConflictException}, {@link StaleVersionException}) 409 — each as {@code application/problem+json}
 * with the message in the request's language (Chinese when {@code Accept-Language} asks for zh, else
 * English), both languages under {@code messages}, the key, and for bad input the field and the
 * value (masked when personal). Spring MVC's own refusals (a missing parameter, a value of the wrong
 * type, an unreadable body) come in the same form. Never a stack trace, and the request path's
 * pattern rather than the path as the instance (a path may carry a personal value).
 *
 * <p>Ordered last, so a host's own advice for the same exceptions wins; off with {@code
 * grassroots.web.problem-details.enabled=false}, or replaced by a bean of this type.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class GrassrootsProblemDetails extends ResponseEntityExceptionHandler {

  /** Bad input: 400. */
  @ExceptionHandler(InvalidInputException.class)
  public ResponseEntity<Object> invalidInput(InvalidInputException e, WebRequest request) {
    return ResponseEntity.badRequest().body(instance(invalid(e), request));
  }

  /** A missing record: 404. */
  @ExceptionHandler(NotFoundException.class)
  public ResponseEntity<Object> notFound(NotFoundException e, WebRequest request) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND)
        .body(instance(storage(HttpStatus.NOT_FOUND, "boot.problem.notFound", e), request));
  }

  /** A conflict or a stale version: 409. */
  @ExceptionHandler({ConflictException.class, StaleVersionException.class})
  public ResponseEntity<Object> conflict(StorageException e, WebRequest request) {
    return ResponseEntity.status(HttpStatus.CONFLICT)
        .body(instance(storage(HttpStatus.CONFLICT, "boot.problem.conflict", e), request));
  }

  /** Spring MVC's own refusals (missing parameter, wrong type, unreadable body) in the same bilingual form. */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    InvalidInputException cause = libraryCause(ex);
    if (cause != null) {
      return ResponseEntity.badRequest().headers(headers).body(instance(invalid(cause), request));
    }
    ProblemDetail p = null;
    if (ex instanceof MissingServletRequestParameterException m) {
      p = refusal(status, "boot.problem.missingParameter", m.getParameterName(), "null");
    } else if (ex instanceof MethodArgumentTypeMismatchException m) {
      p = refusal(status, "boot.problem.typeMismatch", m.getName(), String.valueOf(m.getValue()));
    } else if (ex instanceof HttpMessageNotReadableException) {
      p = refusal(status, "boot.problem.unreadableBody", "body", "");
    }
    Object problem = p != null ? p : body;
    if (problem instanceof ProblemDetail d) {
      instance(d, request);
    }
    return super.handleExceptionInternal(ex, problem, headers, status, request);
  }

  /**
   * The request's path pattern ({@code /members/{id}}) as the instance, never the path itself,
   * which may carry the personal value being refused (an ID number in the path).
   */
  private static ProblemDetail instance(ProblemDetail p, WebRequest request) {
    Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
    p.setInstance(URI.create(pattern != null ? pattern.toString().replace("{", "%7B").replace("}", "%7D") : "/"));
    return p;
  }

  private static InvalidInputException libraryCause(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof InvalidInputException i) {
        return i;
      }
    }
    return null;
  }

  private static ProblemDetail invalid(InvalidInputException e) {
    ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "boot.problem.invalid", e.key(), e.getMessage(locale()),
        e.getMessage(Locale.ENGLISH), e.getMessage(Locale.CHINESE));
    p.setProperty("field", e.field());
    p.setProperty("value", e.shownValue());
    return p;
  }

  private static ProblemDetail storage(HttpStatus status, String titleKey, StorageException e) {
    return problem(status, titleKey, e.key(), e.getMessage(locale()), e.getMessage(Locale.ENGLISH),
        e.getMessage(Locale.CHINESE));
  }

  private static ProblemDetail refusal(HttpStatusCode status, String key, String field, String value) {
    ProblemDetail p = problem(status, "boot.problem.invalid", key, Messages.format(locale(), key, field, value),
        Messages.format(Locale.ENGLISH, key, field, value), Messages.format(Locale.CHINESE, key, field, value));
    p.setProperty("field", field);
    return p;
  }

  private static ProblemDetail problem(HttpStatusCode status, String titleKey, String key, String detail,
      String english, String chinese) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setTitle(Messages.format(locale(), titleKey));
    p.setType(URI.create("urn:grassroots:problem:" + key));
    p.setProperty("key", key);
    p.setProperty("messages", Map.of("en", english, "zh", chinese));
    return p;
  }

  private static Locale locale() {
    return LocaleContextHolder.getLocale();
  }
}
