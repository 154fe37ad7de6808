package org.grassroots.examples.springboot;

import org.grassroots.spi.StorageProvider;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/** The example service started as its {@code application.properties} say, with the demo district loaded. */
@SpringBootTest(classes = ExampleApplication.class)
abstract class ServiceTestBase {
  @Autowired
  WebApplicationContext context;
  @Autowired
  StorageProvider storage;
  MockMvc mvc;

  @BeforeEach
  void setUp() throws Exception {
    mvc = DemoDistrict.mvc(context);
    DemoDistrict.load(mvc, storage);
  }
}
