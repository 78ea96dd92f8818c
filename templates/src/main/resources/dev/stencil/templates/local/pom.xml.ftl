<#-- Feeds: LocalView. -->
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>

  <parent>
    <groupId>[=view.groupId]</groupId>
    <artifactId>[=view.projectName]</artifactId>
    <version>0.1.0-SNAPSHOT</version>
  </parent>

  <artifactId>local</artifactId>
  <name>[=view.projectName] local run</name>
  <description>The whole pipeline on local services: `mvn -Plocal verify` at the project root.</description>

  <properties>
    <!-- Events put into every stream that has producers; -Dlocal.events=N on the command line. -->
    <local.events>1000</local.events>
    <!-- Progress lines and the sustained rate; -Dlocal.benchmark=true. -->
    <local.benchmark>false</local.benchmark>
    <!-- Faults injected on purpose; -Dlocal.faults=poison (or all). -->
    <local.faults></local.faults>
    <local.seed>42</local.seed>
    <local.parallelism>2</local.parallelism>
    <local.timeoutSeconds>600</local.timeoutSeconds>
    <local.heap>1g</local.heap>
    <!-- OpenSearch needs a JDK 21+; point this at one. -->
    <stencil.local.opensearchJavaHome>/usr/lib/jvm/temurin-25-jdk-amd64</stencil.local.opensearchJavaHome>
    <s3proxy.version>4.1.0</s3proxy.version>
    <opensearch.version>3.8.0</opensearch.version>
    <local-services.dist>${project.build.directory}/local-services-dist</local-services.dist>
  </properties>

  <dependencies>
    <!-- The local services, the local event source mapping and the stages LocalRun composes. At Stencil's own version, as stencil-runtime. -->
    <dependency>
      <groupId>dev.stencil</groupId>
      <artifactId>stencil-local</artifactId>
      <version>${stencil-runtime.version}</version>
    </dependency>
    <dependency>
      <groupId>software.amazon.awssdk</groupId>
      <artifactId>kinesis</artifactId>
    </dependency>
    <dependency>
      <groupId>software.amazon.awssdk</groupId>
      <artifactId>s3</artifactId>
    </dependency>
    <dependency>
      <groupId>software.amazon.awssdk</groupId>
      <artifactId>url-connection-client</artifactId>
    </dependency>
    <dependency>
      <groupId>com.fasterxml.jackson.core</groupId>
      <artifactId>jackson-databind</artifactId>
    </dependency>
<#if view.functions?has_content>
    <dependency>
      <groupId>[=view.groupId]</groupId>
      <artifactId>functions</artifactId>
      <version>${project.version}</version>
    </dependency>
</#if>
<#if view.jobs?has_content>
    <dependency>
      <groupId>[=view.groupId]</groupId>
      <artifactId>analytics</artifactId>
      <version>${project.version}</version>
    </dependency>
    <dependency>
      <groupId>org.apache.flink</groupId>
      <artifactId>flink-streaming-java</artifactId>
    </dependency>
    <dependency>
      <groupId>org.apache.flink</groupId>
      <artifactId>flink-clients</artifactId>
    </dependency>
    <dependency>
      <groupId>org.apache.flink</groupId>
      <artifactId>flink-connector-base</artifactId>
    </dependency>
    <!-- The Table API and SQL planner, as the Flink distribution ships them, for Flink SQL jobs. -->
    <dependency>
      <groupId>org.apache.flink</groupId>
      <artifactId>flink-table-api-java-bridge</artifactId>
    </dependency>
    <dependency>
      <groupId>org.apache.flink</groupId>
      <artifactId>flink-table-planner-loader</artifactId>
    </dependency>
    <dependency>
      <groupId>org.apache.flink</groupId>
      <artifactId>flink-table-runtime</artifactId>
    </dependency>
    <!-- TestStreamEnvironment: lets the jobs' own getExecutionEnvironment() submit to the local cluster. -->
    <dependency>
      <groupId>org.apache.flink</groupId>
      <artifactId>flink-test-utils</artifactId>
    </dependency>
</#if>
  </dependencies>

  <build>
    <plugins>
      <plugin>
        <groupId>org.codehaus.mojo</groupId>
        <artifactId>exec-maven-plugin</artifactId>
        <executions>
          <!-- kinesis-local and dynalite, exactly as package-lock.json pins them. -->
          <execution>
            <id>npm-ci</id>
            <phase>pre-integration-test</phase>
            <goals>
              <goal>exec</goal>
            </goals>
            <configuration>
              <executable>npm</executable>
              <workingDirectory>${project.basedir}</workingDirectory>
              <arguments>
                <argument>ci</argument>
                <argument>--no-audit</argument>
                <argument>--no-fund</argument>
              </arguments>
            </configuration>
          </execution>
          <!-- The run itself, in its own JVM; a count that does not reconcile fails the build. -->
          <execution>
            <id>local-run</id>
            <phase>integration-test</phase>
            <goals>
              <goal>exec</goal>
            </goals>
            <configuration>
              <executable>${java.home}/bin/java</executable>
              <arguments>
                <argument>-Xmx${local.heap}</argument>
                <argument>-Dlocal.events=${local.events}</argument>
                <argument>-Dlocal.benchmark=${local.benchmark}</argument>
                <argument>-Dlocal.seed=${local.seed}</argument>
                <argument>-Dlocal.faults=${local.faults}</argument>
                <argument>-Dlocal.parallelism=${local.parallelism}</argument>
                <argument>-Dlocal.timeoutSeconds=${local.timeoutSeconds}</argument>
                <argument>-Dlocal.workDir=${project.build.directory}/local-run</argument>
                <argument>-Dstencil.local.npmDir=${project.basedir}</argument>
                <argument>-Dstencil.local.s3proxyJar=${local-services.dist}/s3proxy-jar-with-dependencies.jar</argument>
                <argument>-Dstencil.local.opensearchZip=${local-services.dist}/opensearch.zip</argument>
                <argument>-Dstencil.local.opensearchJavaHome=${stencil.local.opensearchJavaHome}</argument>
                <argument>-Dstencil.local.workDir=${project.build.directory}/local-services</argument>
                <!-- Credentials of the local services, for the SDK's default provider chain (Flink connectors). -->
                <argument>-Daws.accessKeyId=local</argument>
                <argument>-Daws.secretAccessKey=local-secret</argument>
                <argument>-Daws.region=us-east-1</argument>
                <argument>-classpath</argument>
                <classpath/>
                <argument>[=view.basePackage].local.LocalRun</argument>
              </arguments>
            </configuration>
          </execution>
        </executions>
      </plugin>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-dependency-plugin</artifactId>
        <executions>
          <!-- S3Proxy and the OpenSearch server, by their Maven coordinates. -->
          <execution>
            <id>copy-local-services</id>
            <phase>pre-integration-test</phase>
            <goals>
              <goal>copy</goal>
            </goals>
            <configuration>
              <outputDirectory>${local-services.dist}</outputDirectory>
              <stripVersion>true</stripVersion>
              <artifactItems>
                <artifactItem>
                  <groupId>org.gaul</groupId>
                  <artifactId>s3proxy</artifactId>
                  <version>${s3proxy.version}</version>
                  <classifier>jar-with-dependencies</classifier>
                  <type>jar</type>
                </artifactItem>
                <artifactItem>
                  <groupId>org.opensearch.distribution.integ-test-zip</groupId>
                  <artifactId>opensearch</artifactId>
                  <version>${opensearch.version}</version>
                  <type>zip</type>
                </artifactItem>
              </artifactItems>
            </configuration>
          </execution>
        </executions>
      </plugin>
    </plugins>
  </build>
</project>
