package org.grassroots.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.aopalliance.intercept.MethodInterceptor;
import org.grassroots.district.DistrictId;
import org.grassroots.rules.Period;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.aop.support.AopUtils;

/**
 * The starter's beans can be proxied the way Spring Boot proxies by default (CGLIB subclasses, as
 * for {@code @Transactional} or a host's aspect): none of their classes or public methods is final.
 */
class StarterProxyTest {
  @Test
  void everyBeanOfTheStarterCanBeProxiedBySubclassing() {
    Contexts.starter().withPropertyValues("grassroots.rulesets=classpath:grassroots-test/rulesets/*.ruleset.yaml")
        .run(ctx -> {
          AtomicInteger calls = new AtomicInteger();
          MethodInterceptor counting = invocation -> {
            calls.incrementAndGet();
            return invocation.proceed();
          };
          GrassrootsStorage storage = proxy(ctx.getBean(GrassrootsStorage.class), counting);
          GrassrootsRulesets rulesets = proxy(ctx.getBean(GrassrootsRulesets.class), counting);
          GrassrootsAssessments assessments = proxy(ctx.getBean(GrassrootsAssessments.class), counting);
          GrassrootsHealth health = proxy(ctx.getBean(GrassrootsHealth.class), counting);
          assertThat(AopUtils.isCglibProxy(storage)).isTrue();
          assertThat(storage.organizations().count(DistrictId.of("demo"))).isZero();
          assertThat(rulesets.all()).hasSize(1);
          assertThat(assessments.inputs(DistrictId.of("demo"), Period.year(2024)).tree().size()).isZero();
          assertThat(health.check().up()).isTrue();
          assertThat(calls.get()).isEqualTo(4);
        });
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(T target, MethodInterceptor interceptor) {
    ProxyFactory factory = new ProxyFactory(target);
    factory.setProxyTargetClass(true);
    factory.addAdvice(interceptor);
    return (T) factory.getProxy();
  }
}
