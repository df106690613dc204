// What removing or replacing a stateful resource does to its data.
#include <catch2/catch.hpp>

#include "support/diff_helpers.hpp"

using cfn::DataFate;
using cfn::test::diff_text;

namespace {

// The data risk of removing `resource` (YAML of one resource named R).
std::optional<cfn::DataRisk> removing(const std::string& resource) {
  const auto d = diff_text("Resources:\n  R:\n" + resource + "  Keep: {Type: AWS::SNS::Topic}\n",
                           "Resources:\n  Keep: {Type: AWS::SNS::Topic}\n");
  REQUIRE(d.resources.size() == 1);
  return d.resources[0].data;
}

}  // namespace

TEST_CASE("data: DeletionPolicy decides what a removal does", "[diff][data]") {
  auto risk = removing("    Type: AWS::DynamoDB::Table\n");
  REQUIRE(risk);
  CHECK(risk->fate == DataFate::Deleted);
  CHECK(risk->by_default);
  risk = removing("    Type: AWS::DynamoDB::Table\n    DeletionPolicy: Retain\n");
  CHECK(risk->fate == DataFate::Retained);
  risk = removing("    Type: AWS::DynamoDB::Table\n    DeletionPolicy: RetainExceptOnCreate\n");
  CHECK(risk->fate == DataFate::Retained);
  risk = removing("    Type: AWS::DynamoDB::Table\n    DeletionPolicy: Snapshot\n");  // not supported: deleted
  CHECK(risk->fate == DataFate::Deleted);
  CHECK(risk->message.find("not supported") != std::string::npos);
  risk = removing("    Type: AWS::DynamoDB::Table\n    Properties: {DeletionProtectionEnabled: true}\n");
  CHECK(risk->fate == DataFate::Protected);
  risk = removing("    Type: AWS::EFS::FileSystem\n    DeletionPolicy: !If [Prod, Retain, Delete]\n");
  CHECK(risk->fate == DataFate::Unknown);
  CHECK_FALSE(removing("    Type: AWS::SNS::Topic\n"));
}

TEST_CASE("data: RDS defaults to a snapshot and S3 buckets go only when empty", "[diff][data]") {
  auto risk = removing("    Type: AWS::RDS::DBInstance\n    Properties: {Engine: mysql}\n");
  REQUIRE(risk);
  CHECK(risk->fate == DataFate::Snapshot);
  CHECK(risk->by_default);
  risk = removing("    Type: AWS::RDS::DBCluster\n");
  CHECK(risk->fate == DataFate::Snapshot);
  CHECK_FALSE(removing("    Type: AWS::RDS::DBInstance\n    Properties: {DBClusterIdentifier: c}\n"));
  risk = removing("    Type: AWS::S3::Bucket\n");
  CHECK(risk->fate == DataFate::DeletedIfEmpty);
  CHECK_FALSE(risk->loses_data());
}

TEST_CASE("data: a replacement follows NEW's UpdateReplacePolicy", "[diff][data]") {
  const std::string before = "Resources:\n  T:\n    Type: AWS::DynamoDB::Table\n";
  auto d = diff_text(before + "    Properties: {TableName: a}\n", before + "    Properties: {TableName: b}\n");
  REQUIRE(d.resources.at(0).data);
  CHECK(d.resources[0].data->fate == DataFate::Deleted);
  CHECK(d.resources[0].data->policy == "UpdateReplacePolicy");
  CHECK_FALSE(d.resources[0].data->if_replaced);
  d = diff_text(before + "    Properties: {TableName: a}\n",
                before + "    UpdateReplacePolicy: Retain\n    Properties: {TableName: b}\n");
  CHECK(d.resources[0].data->fate == DataFate::Retained);
  // RDS: UpdateReplacePolicy has no Snapshot default (unlike DeletionPolicy).
  const std::string db = "Resources:\n  D:\n    Type: AWS::RDS::DBInstance\n";
  d = diff_text(db + "    Properties: {Engine: mysql}\n", db + "    Properties: {Engine: mariadb}\n");
  REQUIRE(d.resources[0].data);
  CHECK(d.resources[0].data->fate == DataFate::Deleted);
  CHECK(d.resources[0].data->if_replaced);  // Engine is Conditional
  d = diff_text(db + "    UpdateReplacePolicy: Snapshot\n    Properties: {Engine: mysql}\n",
                db + "    UpdateReplacePolicy: Snapshot\n    Properties: {Engine: mariadb}\n");
  CHECK(d.resources[0].data->fate == DataFate::Snapshot);
}
