<#-- Feeds: ProjectView. -->
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>

  <parent>
    <groupId>[=view.groupId]</groupId>
    <artifactId>[=view.projectName]</artifactId>
    <version>0.1.0-SNAPSHOT</version>
  </parent>

  <artifactId>analytics</artifactId>
  <name>[=view.projectName] analytics</name>
  <description>The Flink jobs of [=view.projectName], one jar for all of them.</description>

  <dependencies>
    <!-- Provided by the Flink runtime (Managed Service for Apache Flink or a local cluster). -->
    <dependency>
      <groupId>org.apache.flink</groupId>
      <artifactId>flink-streaming-java</artifactId>
      <scope>provided</scope>
    </dependency>
    <dependency>
      <groupId>org.apache.flink</groupId>
      <artifactId>flink-clients</artifactId>
      <scope>provided</scope>
    </dependency>
    <dependency>
      <groupId>org.apache.flink</groupId>
      <artifactId>flink-connector-base</artifactId>
      <scope>provided</scope>
    </dependency>

    <!-- Bundled into the job jar. -->
    <!-- Sources, sinks and property groups the jobs build on. At Stencil's own version, as stencil-runtime. -->
    <dependency>
      <groupId>dev.stencil</groupId>
      <artifactId>stencil-flink</artifactId>
      <version>${stencil-runtime.version}</version>
    </dependency>
    <dependency>
      <groupId>org.apache.flink</groupId>
      <artifactId>flink-connector-kinesis</artifactId>
    </dependency>
    <dependency>
      <groupId>org.apache.flink</groupId>
      <artifactId>flink-connector-dynamodb</artifactId>
    </dependency>
    <dependency>
      <groupId>software.amazon.awssdk</groupId>
      <artifactId>dynamodb</artifactId>
    </dependency>
    <dependency>
      <groupId>com.amazonaws</groupId>
      <artifactId>aws-kinesisanalytics-runtime</artifactId>
    </dependency>
    <dependency>
      <groupId>com.fasterxml.jackson.core</groupId>
      <artifactId>jackson-databind</artifactId>
    </dependency>

    <dependency>
      <groupId>org.apache.flink</groupId>
      <artifactId>flink-test-utils</artifactId>
      <scope>test</scope>
    </dependency>
    <!-- The Table API and SQL planner, as the Flink distribution provides them, for the queries' tests. -->
    <dependency>
      <groupId>org.apache.flink</groupId>
      <artifactId>flink-table-api-java-bridge</artifactId>
      <scope>test</scope>
    </dependency>
    <dependency>
      <groupId>org.apache.flink</groupId>
      <artifactId>flink-table-planner-loader</artifactId>
      <scope>test</scope>
    </dependency>
    <dependency>
      <groupId>org.apache.flink</groupId>
      <artifactId>flink-table-runtime</artifactId>
      <scope>test</scope>
    </dependency>
    <dependency>
      <groupId>org.junit.jupiter</groupId>
      <artifactId>junit-jupiter</artifactId>
      <scope>test</scope>
    </dependency>
  </dependencies>

  <build>
    <finalName>analytics</finalName>
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-shade-plugin</artifactId>
        <executions>
          <execution>
            <phase>package</phase>
            <goals>
              <goal>shade</goal>
            </goals>
            <configuration>
              <createDependencyReducedPom>false</createDependencyReducedPom>
              <artifactSet>
                <excludes>
                  <exclude>org.apache.flink:flink-shaded-force-shading</exclude>
                  <exclude>com.google.code.findbugs:jsr305</exclude>
                  <exclude>org.slf4j:*</exclude>
                  <exclude>org.apache.logging.log4j:*</exclude>
                </excludes>
              </artifactSet>
              <filters>
                <filter>
                  <artifact>*:*</artifact>
                  <excludes>
                    <exclude>module-info.class</exclude>
                    <exclude>META-INF/versions/*/module-info.class</exclude>
                    <exclude>META-INF/*.SF</exclude>
                    <exclude>META-INF/*.DSA</exclude>
                    <exclude>META-INF/*.RSA</exclude>
                    <exclude>META-INF/MANIFEST.MF</exclude>
                    <exclude>META-INF/DEPENDENCIES</exclude>
                    <exclude>META-INF/native-image/**</exclude>
                  </excludes>
                </filter>
                <filter>
                  <!-- jackson-core carries the same FastDoubleParser notices. -->
                  <artifact>software.amazon.awssdk:third-party-jackson-core</artifact>
                  <excludes>
                    <exclude>META-INF/FastDoubleParser-*</exclude>
                  </excludes>
                </filter>
                <filter>
                  <!-- The connectors bundle copies of classes and resources their dependencies also ship:
                       keep the dependencies' own (flink-connector-aws-base, httpclient). -->
                  <artifact>org.apache.flink:flink-connector-kinesis</artifact>
                  <excludes>
                    <exclude>org/apache/flink/connector/aws/sink/throwable/AWSExceptionClassifierUtil*.class</exclude>
                    <exclude>org/apache/flink/connector/aws/sink/throwable/AWSExceptionHandler*.class</exclude>
                    <exclude>org/apache/flink/connector/aws/table/util/AWSOptionUtils*.class</exclude>
                    <exclude>org/apache/flink/connector/aws/table/util/AsyncClientOptionsUtils*.class</exclude>
                    <exclude>mozilla/public-suffix-list.txt</exclude>
                    <exclude>mime.types</exclude>
                    <exclude>VersionInfo.java</exclude>
                    <exclude>META-INF/io.netty.versions.properties</exclude>
                    <exclude>META-INF/FastDoubleParser-*</exclude>
                  </excludes>
                </filter>
                <filter>
                  <artifact>org.apache.flink:flink-connector-dynamodb</artifact>
                  <excludes>
                    <exclude>org/apache/flink/connector/aws/sink/throwable/AWSExceptionClassifierUtil*.class</exclude>
                    <exclude>org/apache/flink/connector/aws/sink/throwable/AWSExceptionHandler*.class</exclude>
                    <exclude>org/apache/flink/connector/aws/table/util/AWSOptionUtils*.class</exclude>
                    <exclude>org/apache/flink/connector/aws/table/util/AsyncClientOptionsUtils*.class</exclude>
                  </excludes>
                </filter>
              </filters>
              <transformers>
                <transformer implementation="org.apache.maven.plugins.shade.resource.ServicesResourceTransformer"/>
                <transformer implementation="org.apache.maven.plugins.shade.resource.ApacheLicenseResourceTransformer"/>
                <transformer implementation="org.apache.maven.plugins.shade.resource.ApacheNoticeResourceTransformer">
                  <addHeader>false</addHeader>
                </transformer>
                <transformer implementation="org.apache.maven.plugins.shade.resource.AppendingTransformer">
                  <resource>META-INF/io.netty.versions.properties</resource>
                </transformer>
                <transformer implementation="org.apache.maven.plugins.shade.resource.ManifestResourceTransformer">
                  <mainClass>[=view.analyticsMainClass]</mainClass>
                </transformer>
              </transformers>
            </configuration>
          </execution>
        </executions>
      </plugin>
    </plugins>
  </build>
</project>
