package org.grassroots.cli;

import java.lang.reflect.Proxy;

/**
 * Ctrl-C (SIGINT) cancels the run instead of killing the JVM, so the command can stop between
 * steps, remove its partial output and say how far it got. A second Ctrl-C stops at once.
 *
 * <p>Uses {@code sun.misc.Signal} (module {@code jdk.unsupported}, present in every OpenJDK) by
 * reflection, so the build has no compile-time tie to it; where it is missing the JVM's default
 * handling stays (the process ends without the message).
 */
final class CtrlC {
  private CtrlC() {}

  /**
   * Routes SIGINT to {@code control}.
   *
   * @return false when Ctrl-C cannot be caught here: no {@code sun.misc.Signal}, or SIGINT is
   *     ignored by the parent (a background job of a shell without job control)
   */
  static boolean install(RunControl control) {
    try {
      Class<?> signal = Class.forName("sun.misc.Signal");
      Class<?> handlerType = Class.forName("sun.misc.SignalHandler");
      Object sigint = signal.getConstructor(String.class).newInstance("INT");
      Object handler = Proxy.newProxyInstance(CtrlC.class.getClassLoader(), new Class<?>[] {handlerType},
          (proxy, method, args) -> switch (method.getName()) {
            case "handle" -> {
              if (control.isCancelled()) {
                Runtime.getRuntime().halt(Grassroots.CANCELLED); // the second Ctrl-C: the user insists
              }
              control.cancel();
              yield null;
            }
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            default -> "CtrlC";
          });
      Object previous = signal.getMethod("handle", signal, handlerType).invoke(null, sigint, handler);
      return previous != handlerType.getField("SIG_IGN").get(null);
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      return false;
    }
  }
}
