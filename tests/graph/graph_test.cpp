// The graph of a template: nodes, the edges of each kind of reference,
// conditions, sorting, and the DOT and Mermaid drawings with their escaping.
// Every expected value is written out by hand from the template in the test.
#include "cfn/graph.hpp"

#include <catch2/catch.hpp>

#include "cfn/knowledge.hpp"
#include "cfn/parse.hpp"

namespace {

// One reference of each kind, references that are not edges (a pseudo
// parameter, a Sub's own variable, an unknown name), a condition.
const char* const kTemplate = R"(Parameters:
  Env: {Type: String}
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties: {CidrBlock: 10.0.0.0/16}
  Subnet:
    Type: AWS::EC2::Subnet
    Properties: {VpcId: !Ref Vpc, CidrBlock: !GetAtt Vpc.CidrBlock}
  Role:
    Type: AWS::IAM::Role
    Condition: IsProd
    Properties: {AssumeRolePolicyDocument: {}}
  Fn:
    Type: AWS::Lambda::Function
    DependsOn: [Subnet, Nothing]
    Properties:
      Role: !GetAtt [Role, Arn]
      Description: !Sub '${Vpc} in ${Subnet.AvailabilityZone} of ${AWS::Region} for ${Env}, ${Own}, ${Missing}'
      Environment:
        Variables:
          A: !Sub ['${X} ${Own}', {X: !Ref Role, Own: !GetAtt Role.RoleId}]
Outputs:
  VpcId: {Value: !Ref Vpc, Condition: IsProd}
  Zone: {Value: !Sub '${Subnet.AvailabilityZone} ${Env}'}
)";

struct Edge {
  std::string from, to;
  cfn::GraphEdgeKind kind;
  std::vector<std::string> attributes;
  bool operator==(const Edge&) const = default;
};

std::vector<Edge> edges(const cfn::TemplateGraph& g) {
  std::vector<Edge> out;
  for (const cfn::GraphEdge& e : g.edges) out.push_back({g.nodes[e.from].id, g.nodes[e.to].id, e.kind, e.attributes});
  return out;
}

std::vector<std::string> ids(const cfn::TemplateGraph& g) {
  std::vector<std::string> out;
  for (const cfn::GraphNode& n : g.nodes) out.push_back(n.id);
  return out;
}

cfn::TemplateGraph graph_of(const std::string& yaml, const cfn::GraphOptions& options = {}) {
  const cfn::Document doc = cfn::parse_document(yaml, "t.yaml");
  const cfn::TemplateView view(doc);
  return cfn::template_graph(view, options);
}

using K = cfn::GraphEdgeKind;

}  // namespace

TEST_CASE("graph: an edge per kind of reference, sorted, with the attributes", "[graph]") {
  const cfn::TemplateGraph g = graph_of(kTemplate);
  CHECK(ids(g) == std::vector<std::string>{"Fn", "Role", "Subnet", "Vpc"});
  CHECK(edges(g) == std::vector<Edge>{
                        {"Fn", "Role", K::Ref, {}},
                        {"Fn", "Role", K::GetAtt, {"Arn", "RoleId"}},
                        {"Fn", "Subnet", K::Sub, {"AvailabilityZone"}},
                        {"Fn", "Subnet", K::DependsOn, {}},
                        {"Fn", "Vpc", K::Sub, {}},
                        {"Subnet", "Vpc", K::Ref, {}},
                        {"Subnet", "Vpc", K::GetAtt, {"CidrBlock"}},
                    });
}

TEST_CASE("graph: nodes carry their type, service and condition", "[graph]") {
  const cfn::TemplateGraph g = graph_of(kTemplate, {.parameters = true, .outputs = true});
  CHECK(ids(g) == std::vector<std::string>{"Fn", "Role", "Subnet", "Vpc", "Env", "VpcId", "Zone"});
  const cfn::GraphNode& role = g.nodes[1];
  CHECK(role.type == "AWS::IAM::Role");
  CHECK(role.group == "IAM");
  CHECK(role.condition == "IsProd");
  CHECK(g.nodes[0].condition.empty());
  CHECK(g.nodes[4].kind == cfn::GraphNodeKind::Parameter);
  CHECK(g.nodes[4].type == "String");
  CHECK(g.nodes[5].kind == cfn::GraphNodeKind::Output);
  CHECK(g.nodes[5].condition == "IsProd");
  // With parameters and outputs drawn: the Sub's ${Env} and the outputs' references are edges too.
  const std::vector<Edge> e = edges(g);
  CHECK(std::count(e.begin(), e.end(), Edge{"Fn", "Env", K::Sub, {}}) == 1);
  CHECK(std::count(e.begin(), e.end(), Edge{"VpcId", "Vpc", K::Ref, {}}) == 1);
  CHECK(std::count(e.begin(), e.end(), Edge{"Zone", "Subnet", K::Sub, {"AvailabilityZone"}}) == 1);
  CHECK(std::count(e.begin(), e.end(), Edge{"Zone", "Env", K::Sub, {}}) == 1);
  CHECK(e.size() == 11);
}

TEST_CASE("graph: a Fn::ForEach resource is a node, and its loop identifier names no resource", "[graph]") {
  const cfn::TemplateGraph g = graph_of(
      "Transform: AWS::LanguageExtensions\n"
      "Resources:\n"
      "  Name: {Type: AWS::SNS::Topic}\n"
      "  Key: {Type: AWS::KMS::Key}\n"
      "  Fn::ForEach::Queues:\n"
      "    - Name\n"
      "    - [A, B]\n"
      "    - Queue${Name}:\n"
      "        Type: AWS::SQS::Queue\n"
      "        Properties: {QueueName: !Sub 'q-${Name}', KmsMasterKeyId: !Ref Key}\n");
  CHECK(ids(g) == std::vector<std::string>{"Key", "Name", "Queue${Name}"});
  CHECK(g.nodes[2].group == "SQS");
  CHECK(edges(g) == std::vector<Edge>{{"Queue${Name}", "Key", K::Ref, {}}});
}

TEST_CASE("graph: the same template in another order gives the same bytes", "[graph]") {
  const std::string a =
      "Resources:\n  B: {Type: AWS::SNS::Topic}\n  A: {Type: AWS::SQS::Queue, Properties: {QueueName: !GetAtt "
      "B.TopicName}, DependsOn: B}\n";
  const std::string b =
      "{\"Resources\": {\"A\": {\"DependsOn\": [\"B\"], \"Properties\": {\"QueueName\": {\"Fn::GetAtt\": [\"B\", "
      "\"TopicName\"]}}, \"Type\": \"AWS::SQS::Queue\"}, \"B\": {\"Type\": \"AWS::SNS::Topic\"}}}";
  CHECK(cfn::to_dot(graph_of(a)) == cfn::to_dot(graph_of(b)));
  CHECK(cfn::mermaid_flowchart(graph_of(a)) == cfn::mermaid_flowchart(graph_of(b)));
}

TEST_CASE("graph: DOT, clusters by service, conditional boxes dashed, DependsOn dashed", "[graph]") {
  const std::string dot = cfn::to_dot(graph_of(
      "Conditions:\n  C: !Equals [a, b]\nResources:\n"
      "  Vpc: {Type: AWS::EC2::VPC}\n"
      "  Fn: {Type: AWS::Lambda::Function, Condition: C, DependsOn: Vpc,\n"
      "       Properties: {A: !GetAtt Vpc.CidrBlock, B: !GetAtt Vpc.DefaultNetworkAcl, C: !GetAtt Vpc.Ipv6CidrBlocks,"
      " D: !Ref Vpc}}\n"));
  const std::string body = dot.substr(dot.find("  subgraph"));
  CHECK(body ==
        "  subgraph cluster_0 {\n"
        "    label=\"EC2\";\n"
        "    labelloc=t;\n"
        "    style=\"rounded,filled\";\n"
        "    fillcolor=\"#f6f8fa\";\n"
        "    color=\"#d0d7de\";\n"
        "    R_Vpc [label=\"Vpc\\nAWS::EC2::VPC\"];\n"
        "  }\n"
        "  subgraph cluster_1 {\n"
        "    label=\"Lambda\";\n"
        "    labelloc=t;\n"
        "    style=\"rounded,filled\";\n"
        "    fillcolor=\"#f6f8fa\";\n"
        "    color=\"#d0d7de\";\n"
        "    R_Fn [label=\"Fn\\nAWS::Lambda::Function\\nif C\", style=\"rounded,filled,dashed\"];\n"
        "  }\n"
        "  R_Fn -> R_Vpc [xlabel=\"CidrBlock, DefaultNetworkAcl +1\"];\n"
        "  R_Fn -> R_Vpc [style=dashed, color=\"#8c959f\"];\n"
        "}\n");
}

TEST_CASE("graph: odd logical ids and types are escaped for DOT and Mermaid", "[graph]") {
  // A quote, '#', '<', '>', a backslash, a backtick, '|' and an escape character in the id and type.
  const cfn::TemplateGraph g = graph_of(
      "Resources:\n"
      "  'a\"b#c<d>\\e`': {Type: 'Custom::X\"y|z'}\n"
      "  \"esc\\eape\": {Type: Custom::Y, Properties: {P: !Ref 'a\"b#c<d>\\e`'}}\n"
      "  end: {Type: AWS::SNS::Topic}\n");
  REQUIRE(ids(g) == std::vector<std::string>{"a\"b#c<d>\\e`", "end",
                                             "esc\x1b"
                                             "ape"});
  CHECK(g.nodes[0].key() == "R__61226223633C643E5C6560");
  CHECK(g.nodes[1].key() == "R_end");
  CHECK(g.nodes[2].key() == "R__6573631B617065");
  const std::string dot = cfn::to_dot(g);
  CHECK(dot.find("    R__61226223633C643E5C6560 [label=\"a\\\"b#c<d>\\\\e`\\nCustom::X\\\"y|z\"];\n") !=
        std::string::npos);
  CHECK(dot.find("    R__6573631B617065 [label=\"esc\\\\x1Bape\\nCustom::Y\"];\n") != std::string::npos);
  CHECK(dot.find("  R__6573631B617065 -> R__61226223633C643E5C6560;\n") != std::string::npos);
  const std::string mermaid = cfn::mermaid_flowchart(g);
  CHECK(mermaid.find("    R__61226223633C643E5C6560[\"a#quot;b#35;c#lt;d#gt;\\e#96;<br/>Custom::X#quot;y#124;z\"]\n") !=
        std::string::npos);
  CHECK(mermaid.find("    R__6573631B617065[\"esc\\x1Bape<br/>Custom::Y\"]\n") != std::string::npos);
  CHECK(mermaid.find("    R_end[\"end<br/>AWS::SNS::Topic\"]\n") != std::string::npos);
  CHECK(mermaid.find("\x1b") == std::string::npos);
  CHECK(dot.find("\x1b") == std::string::npos);
}

TEST_CASE("graph: Mermaid, subgraphs, dashed conditional nodes, dotted DependsOn, classes", "[graph]") {
  const cfn::TemplateGraph g = graph_of(
      "Conditions:\n  C: !Equals [a, b]\nResources:\n"
      "  Topic: {Type: AWS::SNS::Topic, Condition: C}\n"
      "  Queue: {Type: AWS::SQS::Queue, DependsOn: Topic, Properties: {Name: !GetAtt Topic.TopicName}}\n");
  cfn::MermaidOptions options;
  options.classes = {{"replace", "fill:#ffebe9", "REPLACE"}};
  options.node_class = {0, -1};
  CHECK(cfn::mermaid_flowchart(g, options) ==
        "flowchart LR\n"
        "  classDef replace fill:#ffebe9\n"
        "  subgraph g0[\"SNS\"]\n"
        "    R_Topic[\"Topic<br/>AWS::SNS::Topic<br/>if C\"]\n"
        "  end\n"
        "  subgraph g1[\"SQS\"]\n"
        "    R_Queue[\"Queue<br/>AWS::SQS::Queue<br/>REPLACE\"]:::replace\n"
        "  end\n"
        "  R_Queue -->|\"TopicName\"| R_Topic\n"
        "  R_Queue -.-> R_Topic\n"
        "  style R_Topic stroke-dasharray:5 3\n");
  options.nodes = {0};  // Queue alone: no arrow to a node not drawn
  CHECK(cfn::mermaid_flowchart(g, options) ==
        "flowchart LR\n"
        "  classDef replace fill:#ffebe9\n"
        "  subgraph g0[\"SQS\"]\n"
        "    R_Queue[\"Queue<br/>AWS::SQS::Queue<br/>REPLACE\"]:::replace\n"
        "  end\n");
}

TEST_CASE("knowledge: the service of a resource type", "[graph][knowledge]") {
  CHECK(cfn::knowledge::type_service("AWS::EC2::VPC") == "EC2");
  CHECK(cfn::knowledge::type_service("AWS::Serverless::Function") == "Serverless");
  CHECK(cfn::knowledge::type_service("Alexa::ASK::Skill") == "Alexa::ASK");
  CHECK(cfn::knowledge::type_service("Custom::Cleanup") == "Custom");
  CHECK(cfn::knowledge::type_service("Org::Storage::Bucket::MODULE") == "Org::Storage");
  CHECK(cfn::knowledge::type_service("AWS::EC2").empty());
  CHECK(cfn::knowledge::type_service("AWS::EC2::").empty());
  CHECK(cfn::knowledge::type_service("Custom::").empty());
  CHECK(cfn::knowledge::type_service("::EC2::VPC").empty());
  CHECK(cfn::knowledge::type_service("").empty());
}
