import groovy.json.JsonSlurper

File out = new File(basedir, 'scale/cdk.out')
File main = new File(out, 'Scale100Stack.template.json')
assert main.isFile() : "no synthesized template at ${main}"
File[] nested = out.listFiles().findAll { it.name ==~ /Scale100StackProcessing1.*\.nested\.template\.json/ } as File[]
assert nested.length == 1 : "one nested processing stack synthesized: ${out.list()}"

def resources = { File f -> new JsonSlurper().parse(f).Resources.values()*.Type }
def mainTypes = resources(main)
def nestedTypes = resources(nested[0])
// Data stores in the main stack, processing in the nested one; each within CloudFormation's 500.
assert mainTypes.count { it == 'AWS::DynamoDB::Table' } == 20
assert mainTypes.count { it == 'AWS::Kinesis::Stream' } == 10
assert mainTypes.count { it == 'AWS::OpenSearchService::Domain' } == 10
assert mainTypes.count { it == 'AWS::CloudFormation::Stack' } == 1
assert nestedTypes.count { it == 'AWS::Lambda::Function' } >= 20
assert nestedTypes.count { it == 'AWS::KinesisAnalyticsV2::Application' } == 10
assert nestedTypes.count { it == 'AWS::Kinesis::Stream' } == 0
assert mainTypes.size() < 500 && nestedTypes.size() < 500 : "${mainTypes.size()} and ${nestedTypes.size()} resources"

String log = new File(basedir, 'build.log').text
assert log =~ /Tests run: 1, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: [0-9.]+ s -- in com.example.scale100.infra.Scale100StackNagTest/ : 'cdk-nag ran green on both stacks'
assert !log.contains('DATA_STORE_DROPPED') : 'redrawing dropped no data store'

// Redrawn (slice 10 first, the table of slice 3 in a rectangle) and generated again: every data store
// is where it was, under the same construct id, so its logical id is unchanged.
def homes = new File(basedir, 'scale/.stencil/stacks').readLines().findAll { !it.startsWith('#') }
        .collectEntries { def c = it.split('\t'); [(c[0]): c[1]] }
['kds', 'counts', 'rollups', 'search', 'archive'].each { kind ->
    (1..10).each { i -> assert homes["${kind}${i}"] == 'Scale100Stack' : "${kind}${i} moved to ${homes["${kind}${i}"]}" }
}
assert homes['counter3'] == 'Scale100Stack/Processing1'
String stack = new File(basedir, 'scale/infra/src/main/java/com/example/scale100/infra/Scale100Stack.java').text
assert stack.contains('Table counts3 = Tables.create(this, "Counts3", "page", "windowStart");')
assert stack.contains('Function counter3 = Functions.create(processing1, "Counter3"')
assert new File(basedir, 'scale/src/main/stencil/scale-100.puml').text.contains('rectangle "Team B"')
return true
