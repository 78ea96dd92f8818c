<#-- Feeds: ProjectView. -->
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>

  <parent>
    <groupId>[=view.groupId]</groupId>
    <artifactId>[=view.projectName]</artifactId>
    <version>0.1.0-SNAPSHOT</version>
  </parent>

  <artifactId>infra</artifactId>
  <name>[=view.projectName] infra</name>
  <description>AWS CDK app deploying [=view.projectName].</description>

  <properties>
    <!-- The app runs from the project root: asset paths and cdk.out are relative to it. -->
    <stencil.projectRoot>${project.basedir}/..</stencil.projectRoot>
  </properties>

  <dependencies>
    <!-- The construct kit the stack calls: every service with its production defaults. At Stencil's own version, as stencil-runtime. -->
    <dependency>
      <groupId>dev.stencil</groupId>
      <artifactId>stencil-cdk-kit</artifactId>
      <version>${stencil-runtime.version}</version>
    </dependency>
    <dependency>
      <groupId>software.amazon.awscdk</groupId>
      <artifactId>aws-cdk-lib</artifactId>
    </dependency>
    <dependency>
      <groupId>software.constructs</groupId>
      <artifactId>constructs</artifactId>
    </dependency>

    <dependency>
      <groupId>io.github.cdklabs</groupId>
      <artifactId>cdknag</artifactId>
      <scope>test</scope>
    </dependency>
    <dependency>
      <groupId>org.junit.jupiter</groupId>
      <artifactId>junit-jupiter</artifactId>
      <scope>test</scope>
    </dependency>
  </dependencies>

  <build>
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-surefire-plugin</artifactId>
        <configuration>
          <environmentVariables>
            <JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION>20</JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION>
          </environmentVariables>
        </configuration>
      </plugin>
      <plugin>
        <!-- Synthesizes the app into the project root's cdk.out; `cdk synth` runs the same goal. -->
        <groupId>org.codehaus.mojo</groupId>
        <artifactId>exec-maven-plugin</artifactId>
        <configuration>
          <executable>java</executable>
          <workingDirectory>${stencil.projectRoot}</workingDirectory>
          <environmentVariables>
            <JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION>20</JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION>
          </environmentVariables>
          <arguments>
            <argument>-classpath</argument>
            <classpath/>
            <argument>[=view.appClass]</argument>
          </arguments>
        </configuration>
        <executions>
          <execution>
            <id>synth</id>
            <phase>package</phase>
            <goals>
              <goal>exec</goal>
            </goals>
          </execution>
        </executions>
      </plugin>
    </plugins>
  </build>
</project>
