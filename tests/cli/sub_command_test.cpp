#include <catch2/catch.hpp>

#include "cfn/file.hpp"
#include "support/run_cli.hpp"
#include "support/temp_dir.hpp"

using cfn::test::run_cli;

TEST_CASE("cfnpp sub prints a !Sub block with shell expansions escaped", "[cli][sub]") {
  const auto r = run_cli({"sub", "--var", "Size", "--resource", "Vol", "-"},
                         "#!/bin/bash\necho ${Vol} ${Vol.VolumeId} ${Size} ${HOME:-/} ${AWS::Region}\n");
  CHECK(r.code == 0);
  CHECK(r.err.empty());
  CHECK(r.out == "!Sub |\n  #!/bin/bash\n  echo ${Vol} ${Vol.VolumeId} ${Size} ${!HOME:-/} ${AWS::Region}\n");
}

TEST_CASE("cfnpp sub prints a plain block when nothing is substituted", "[cli][sub]") {
  const auto r = run_cli({"sub", "-"}, "echo ${HOME}\n");
  CHECK(r.code == 0);
  CHECK(r.out == "|\n  echo ${HOME}\n");
}

TEST_CASE("cfnpp sub reads a file and warns over the user-data limit", "[cli][sub]") {
  cfn::test::TempDir dir;
  const auto file = dir / "big.sh";
  cfn::write_file_atomically(file, std::string(17000, '#') + "\necho ${AWS::Region}\n");
  const auto r = run_cli({"sub", file.string()});
  CHECK(r.code == 0);
  CHECK(r.out.starts_with("!Sub |\n  ####"));
  CHECK(r.err == "cfnpp: " + file.string() + ": warning: 17021 bytes is over the 16384-byte EC2 user-data limit\n");
}

TEST_CASE("cfnpp sub errors name the file and exit 2", "[cli][sub]") {
  auto r = run_cli({"sub", "/no/such/file.sh"});
  CHECK(r.code == 2);
  CHECK(r.err == "cfnpp: /no/such/file.sh: cannot open: No such file or directory\n");

  r = run_cli({"sub", "-"}, "ok\necho ${AWS::Region} ${oops\n");
  CHECK(r.code == 2);
  CHECK(r.err == "cfnpp: -:2:21: '${' has no closing '}'; CloudFormation does not document how Fn::Sub reads that\n");

  r = run_cli({"sub", "-"}, "bad \xff byte ${AWS::Region}");
  CHECK(r.code == 2);
  CHECK(r.err == "cfnpp: -:1:5: not valid UTF-8\n");

  r = run_cli({"sub"});
  CHECK(r.code == 2);
  CHECK(r.err == "cfnpp: sub: expected exactly one FILE (or - for standard input)\n");

  r = run_cli({"sub", "--bogus", "-"});
  CHECK(r.code == 2);
  CHECK(r.err.starts_with("cfnpp: sub: Option "));
  CHECK(r.err.find("bogus") != std::string::npos);
  CHECK(r.out.empty());
}

TEST_CASE("cfnpp sub: an undeclared CloudFormation name is an error, a near miss a warning", "[cli][sub]") {
  auto r =
      run_cli({"sub", "--resource", "EIP", "-"},
              "#!/bin/bash\naws --region ${AWS::Regoin} ec2 associate-address --allocation-id ${EIPP.AllocationId}\n");
  CHECK(r.code == 2);
  CHECK(r.out.empty());
  CHECK(r.err ==
        "cfnpp: -:2:14: ${AWS::Regoin} is not a pseudo parameter (did you mean AWS::Region?)\n"
        "cfnpp: -:2:67: ${EIPP.AllocationId}: 'EIPP' is not a declared resource (did you mean "
        "EIP.AllocationId?)\n");

  r = run_cli({"sub", "--var", "BucketName", "-"}, "aws s3 cp f s3://${BucketNmae}/f\necho ${BucketName}\n");
  CHECK(r.code == 0);
  CHECK(r.err ==
        "cfnpp: -:1:18: warning: ${BucketNmae} is not declared, so it stays shell text (did you mean "
        "${BucketName}?)\n");
  CHECK(r.out == "!Sub |\n  aws s3 cp f s3://${!BucketNmae}/f\n  echo ${BucketName}\n");
}

TEST_CASE("cfnpp sub refuses names CloudFormation would refuse in ${...} (issue 11 row 12)", "[cli][sub]") {
  auto r = run_cli({"sub", "--var", "x y", "-"}, "echo ${x y}\n");
  CHECK(r.code == 2);
  CHECK(r.err ==
        "cfnpp: sub: --var: 'x y' is not a Fn::Sub variable name: names hold only letters, digits, '_', '.' and ':'\n");
  CHECK(r.out.empty());
  r = run_cli({"sub", "--var", "", "-"}, "echo ${}\n");
  CHECK(r.code == 2);
  CHECK(r.err.starts_with("cfnpp: sub: --var: '' is not a Fn::Sub variable name"));
  r = run_cli({"sub", "--resource", "My-Volume", "-"}, "echo ${My-Volume}\n");
  CHECK(r.code == 2);
  CHECK(r.err == "cfnpp: sub: --resource: 'My-Volume' is not a logical id: 1 to 255 letters and digits\n");
  r = run_cli({"sub", "--var", "Env.Name:x_1", "--resource", "Vol", "-"}, "${Env.Name:x_1} ${Vol.VolumeId}\n");
  CHECK(r.code == 0);
  CHECK(r.out == "!Sub |\n  ${Env.Name:x_1} ${Vol.VolumeId}\n");
}

TEST_CASE("cfnpp --help and --version and unknown commands", "[cli]") {
  auto r = run_cli({"--help"});
  CHECK(r.code == 0);
  CHECK(r.out.find("sub ") != std::string::npos);
  r = run_cli({"sub", "--help"});
  CHECK(r.code == 0);
  CHECK(r.out.find("--var") != std::string::npos);
  r = run_cli({"--version"});
  CHECK(r.code == 0);
  CHECK(r.out.starts_with("cfnpp 0."));
  r = run_cli({"frobnicate"});
  CHECK(r.code == 2);
  CHECK(r.err.starts_with("cfnpp: unknown command 'frobnicate'"));
  r = run_cli({});
  CHECK(r.code == 2);
}
