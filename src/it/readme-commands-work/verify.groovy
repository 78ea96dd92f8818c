import groovy.json.JsonSlurper
import java.nio.file.Files
import java.nio.file.attribute.PosixFilePermissions

// The project moves into a folder only its owner can enter.
File closed = new File(basedir, 'closed')
closed.mkdirs()
Files.setPosixFilePermissions(closed.toPath(), PosixFilePermissions.fromString('rwx------'))
File project = new File(closed, 'clickstream')
Files.move(new File(basedir, 'clickstream').toPath(), project.toPath())

// Every command in the README's plain code blocks, as written (comments after `#` are the README's).
List<String> commands = []
boolean inBlock = false
String language = ''
new File(project, 'README.md').eachLine { line ->
    if (line.startsWith('```')) {
        language = inBlock ? '' : line.substring(3).trim()
        inBlock = !inBlock
    } else if (inBlock && language.isEmpty() && (line.startsWith('mvn ') || line.startsWith('cdk '))) {
        commands << line.replaceFirst(/\s+#.*$/, '')
    }
}
assert commands.contains('mvn verify') && commands.contains('mvn stencil:check') : "README commands: ${commands}"

// The same Maven and local repository as this build, as a user's PATH and settings would give them.
String mavenBin = new File(System.getProperty('maven.home'), 'bin').path
Map<String, String> env = new HashMap<>(System.getenv())
env.put('PATH', mavenBin + File.pathSeparator + env.get('PATH'))
env.put('MAVEN_OPTS', "-Dmaven.repo.local=${localRepositoryPath} -Xmx1g".toString())
Map<String, String> logs = [:]
commands.eachWithIndex { command, i ->
    if (command.startsWith('cdk ')) {
        println "not run (needs an AWS account): ${command}"
        return
    }
    File log = new File(basedir, "readme-command-${i + 1}.log")
    Process process = new ProcessBuilder('bash', '-c', command).directory(project).redirectErrorStream(true)
            .redirectOutput(log).with { it.environment().clear(); it.environment().putAll(env); it }.start()
    int exit = process.waitFor()
    println "ran in ${project} (exit ${exit}): ${command}"
    assert exit == 0 : "`${command}` failed; its output:\n" + log.readLines().takeRight(60).join('\n')
    logs[command] = log.text.replaceAll('\u001B\\[[;\\d]*m', '')
}

// mvn verify: tests, cdk-nag, synthesis, and the diagram check first.
String verify = logs['mvn verify']
assert verify.contains('clickstream.puml agrees with') : 'mvn verify did not check the diagram'
assert verify =~ /Synthesized ClickstreamStack into .*cdk\.out\/ClickstreamStack\.template\.json/ : 'synthesis did not say where'
def shadeNoise = verify.readLines().findAll { it.contains('overlapping') || it.contains('module-info') }
assert shadeNoise.isEmpty() : "warnings a user cannot act on: ${shadeNoise}"
assert verify =~ /Tests run: 1, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: [0-9.]+ s -- in com.example.clickstream.infra.ClickstreamStackNagTest/ : 'cdk-nag ran green'
File template = new File(project, 'cdk.out/ClickstreamStack.template.json')
assert template.isFile() : "no synthesized template at ${template}"
def all = new JsonSlurper().parse(template).Resources.values()
def resources = all*.Type as Set
def expected = ['AWS::Kinesis::Stream', 'AWS::KinesisAnalyticsV2::Application', 'AWS::Lambda::Function',
                'AWS::Lambda::EventSourceMapping', 'AWS::SQS::Queue', 'AWS::OpenSearchService::Domain',
                'AWS::DynamoDB::Table', 'AWS::S3::Bucket', 'AWS::KinesisFirehose::DeliveryStream', 'AWS::IAM::Role']
def missing = expected.findAll { !resources.contains(it) }
assert missing.isEmpty() : "resource types missing from the template: ${missing}"
def ofType = { type -> all.findAll { it.Type == type }*.Properties }
assert ofType('AWS::KMS::Key').size() == 6 : 'one key per stream, queue, table, bucket, domain and the alarm topic'
assert ofType('AWS::CloudWatch::Alarm').every { it.AlarmActions } : 'every alarm notifies the alarm topic'
assert ofType('AWS::CloudWatch::Dashboard').size() == 1
def alarmed = ofType('AWS::CloudWatch::Alarm')*.MetricName as Set
assert alarmed.containsAll(['IteratorAge', 'GetRecords.IteratorAgeMilliseconds', 'Errors', 'Throttles',
        'DeliveryToS3.Success', 'downtime', 'numberOfFailedCheckpoints', 'ClusterStatus.red', 'FreeStorageSpace',
        'WriteThrottleEvents']) : "alarms: ${alarmed}"
def mapping = ofType('AWS::Lambda::EventSourceMapping')[0]
assert mapping.BisectBatchOnFunctionError && mapping.ParallelizationFactor == 2 && mapping.MaximumRecordAgeInSeconds == 3600
assert resources.contains('AWS::Kinesis::StreamConsumer') : 'three consumers of kds: the function reads through enhanced fan-out'

// mvn -Plocal verify: the local run reconciled every count, from a folder nobody but root can enter.
String local = logs['mvn -Plocal verify']
assert local.contains('RECONCILED: every count matches') : 'the local run did not reconcile'
assert local =~ /events in\s+Kds\s+1,000\b/
assert local =~ /documents\s+Os\/fn\s+1,000\s+by event id\s+ok/
assert local =~ /aggregates\s+Ddb\.clicks\s+1,000\s+clicks in \d+ rows\s+ok/
assert local =~ /archived\s+clickstream-s3\s+1,000\s+records in \d+ objects?\s+ok/
assert local =~ /on-failure\s+Fn <- Kds\s+0\s+ok/
assert local =~ /late\s+kda\s+0\s+ok/
assert new File(project, 'local/node_modules/kinesis-local').isDirectory() : 'npm ci did not install from the lockfile'
assert logs['mvn -Plocal verify -pl local -am -DskipTests -Dlocal.benchmark=true'] =~ /(?m)^benchmark\s+(.* events\/s sustained|the run was too short)/
// Every fault: poison records between the events reach the function's on-failure destination once each, the
// archive keeps them, the Flink job skips them; the handler dies mid-batch once and is retried; every good
// event still lands once.
String poisoned = logs['mvn -Plocal verify -pl local -am -DskipTests -Dlocal.faults=all']
assert poisoned.contains('RECONCILED: every count matches') : 'the run with poison records did not reconcile'
assert poisoned =~ /on-failure\s+Fn <- Kds\s+4\s+ok/
assert poisoned =~ /poison\s+Fn <- Kds\s+4\s+each once, at 200 \(not JSON\), 400 \(no timestamp\), 600 \(timestamp not a number\), 800 \(no page, fails the logic\); RetryAttemptsExhausted\s+ok/
assert poisoned =~ /archived\s+clickstream-s3\s+1,004\s+records in \d+ objects?\s+ok/
assert poisoned =~ /documents\s+Os\/fn\s+1,000\s+by event id\s+ok/
assert poisoned =~ /aggregates\s+Ddb\.clicks\s+1,000\s+clicks in \d+ rows\s+ok/
assert poisoned =~ /late\s+kda\s+0\s+ok/
assert poisoned =~ /windows\s+Ddb\s+\d+\s+each as evaluated apart\s+ok/
assert poisoned =~ /crash\s+Fn <- Kds\s+1\s+died after [\d,]+ of [\d,]+ records of a batch, [\d,]+ records in; retried\s+ok/
// The outages, the throttle and the restart struck where the README says, each once the one before
// was over, and nothing good reached an on-failure destination because of them.
assert poisoned =~ /faults\s+search-outage at 300 events: the OpenSearch server stopped and started again on its data; unavailable for [\d.]+ s, recovered [\d.]+ s after it began \([\d,]+ mapping retries and bisections, 0 records other than poison/
assert poisoned =~ /faults\s+throttle at 500 events: [1-9][\d,]* calls to DynamoDB and OpenSearch refused with throttling errors/
assert poisoned =~ /faults\s+job-restart at 600 events: kda cancelled with [\d,]+ records read past its checkpoint at 600, restored from it/
assert poisoned =~ /faults\s+table-outage at 800 events: the DynamoDB server stopped and started again on its data;.* 0 records other than poison/
assert poisoned =~ /read\s+kda\s+1,000\s+.*ok/
assert poisoned =~ /under faults lost 0, duplicated 0/
assert poisoned =~ /memory\s+peak resident [\d,]+ MiB/

// The short goals, with no arguments, inside the project.
assert logs['mvn stencil:check'].contains('agrees with')
assert logs['mvn stencil:reverse'].contains('already agrees with')
assert logs['mvn stencil:generate'] =~ /(?m)\[INFO\] 0 created, 0 updated, \d+ unchanged, \d+ kept \(yours\), 0 deleted/
assert new File(project, 'target/clickstream.svg').text.contains('<svg')
assert new File(project, 'functions/target/functions.jar').isFile()
assert new File(project, 'analytics/target/analytics.jar').isFile()
return true
