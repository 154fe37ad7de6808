package org.grassroots.examples.springboot;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.grassroots.district.DistrictId;
import org.grassroots.spi.StorageProvider;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The example's district, loaded through the service's own endpoints once per application context:
 * a street and three communities, and their 2024 measurements.
 *
 * <pre>
 *        三会一课 (of 7)  师徒结对  满意度   total                          stars
 *   c1   6 → 25.7143      3 → 15   95 → 50  90.7143 优秀                  组织建设先锋星, 为民服务贴心星
 *   c2   7 → 30           4 → 20   70 → 30  80      良好                  组织建设先锋星
 *   c3   3 → 12.8571      0 → 0    50 → 0   12.8571 —                     —
 * </pre>
 */
final class DemoDistrict {
  static final DistrictId DEMO = DistrictId.of("demo");

  private DemoDistrict() {}

  /** MockMvc over the context (Spring's test support alone: the same on Boot 3 and 4). */
  static MockMvc mvc(WebApplicationContext context) {
    return MockMvcBuilders.webAppContextSetup(context).build();
  }

  /** Loads the district unless this context's storage has it already. */
  static synchronized void load(MockMvc mvc, StorageProvider storage) throws Exception {
    if (storage.organizations().count(DEMO) > 0) {
      return;
    }
    mvc.perform(put("/districts/demo/units").contentType(MediaType.APPLICATION_JSON).content("""
        [{"id": "s1", "kind": "street-committee", "name": "示范街道党工委"},
         {"id": "c1", "kind": "community-org", "name": "泰吉里社区党委", "parent": "s1"},
         {"id": "c2", "kind": "community-org", "name": "和顺社区党委", "parent": "s1"},
         {"id": "c3", "kind": "community-org", "name": "新村社区党支部", "parent": "s1"}]"""))
        .andExpect(status().isOk());
    mvc.perform(post("/districts/demo/measurements/2024").contentType(MediaType.APPLICATION_JSON).content("""
        {"intakeId": "seed-2024", "values": [
          {"unit": "c1", "indicator": "org.meetings", "value": 6},
          {"unit": "c1", "indicator": "org.mentoring", "value": 3},
          {"unit": "c1", "indicator": "service.satisfaction", "value": 95},
          {"unit": "c2", "indicator": "org.meetings", "value": 7},
          {"unit": "c2", "indicator": "org.mentoring", "value": 4},
          {"unit": "c2", "indicator": "service.satisfaction", "value": 70.0},
          {"unit": "c3", "indicator": "org.meetings", "value": 3},
          {"unit": "c3", "indicator": "org.mentoring", "value": 0},
          {"unit": "c3", "indicator": "service.satisfaction", "value": "50"}]}"""))
        .andExpect(status().isOk());
  }
}
